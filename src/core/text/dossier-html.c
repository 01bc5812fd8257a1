/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The reader: walks the parsed page as a browser's copy reads it, into
 * lines for the cleaner, and the entry points that decode, parse, read
 * and clean a saved page (see dossier-html.h). */

#include "config.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <glib/gi18n-lib.h>

#include "dossier-core-error.h"
#include "dossier-debug.h"
#include "dossier-html.h"
#include "dossier-html-metadata.h"
#include "dossier-html-page.h"
#include "dossier-html-scan.h"
#include "dossier-html-teasers.h"
#include "dossier-html-tree.h"
#include "dossier-text-decode.h"
#include "dossier-word-lists.h"

typedef enum
{
  WORDS_WHOLE,      /* "sr-only": one of its classes */
  WORDS_IN_NAMES,   /* "article-comments", "commentsList": a word of a class name */
  WORDS_IN_LAST,    /* as WORDS_IN_NAMES, in what a BEM name ("article-body__newsletter") names last */
} WordsIn;

/* The class and id words (data/words/html-*-class-words.txt) are few:
 * looked up one by one, without case. */
static gboolean
word_in_list (const char            *word,
              gsize                  n,
              const DossierWordList *words)
{
  return n > 0 && dossier_word_list_contains_any_case (words, word, n);
}

/* Whether a class or id value holds one of @words, as @in says: the words
 * of a class name are apart by "-" or "_" or start with a capital after a
 * small letter ("article-comments" and "commentsList" hold "comments",
 * "commentary" does not). */
static gboolean
attribute_has_word (xmlNode               *node,
                    const char            *attribute,
                    const DossierWordList *words,
                    WordsIn                in)
{
  g_autofree char *copy = NULL;
  const char *value = _dossier_html_peek_attribute (node, attribute, &copy);

  if (value == NULL)
    return FALSE;
  while (*value != '\0')
    {
      gsize n = strcspn (value, " \t\n\r\f");
      const char *name = value, *end = value + n;

      value = end + strspn (end, " \t\n\r\f");
      if (in == WORDS_WHOLE)
        {
          if (word_in_list (name, n, words))
            return TRUE;
          continue;
        }
      if (in == WORDS_IN_LAST)
        for (const char *p = name; p + 1 < end; p++)
          if (p[0] == '_' && p[1] == '_')
            name = p + 2;
      /* What a BEM name says after "--" is a variant of the block, not
       * what the block is: "report__section--ads" is a section of the
       * report with room for an advertisement, "teaser--featured" a
       * teaser. */
      for (const char *p = name; p + 1 < end; p++)
        if (p > name && p[0] == '-' && p[1] == '-')
          {
            end = p;
            break;
          }
      for (const char *p = name, *previous = NULL; p < end;)
        {
          const char *word = p;

          while (p < end && *p != '-' && *p != '_' &&
                 !(p > word && g_ascii_isupper (*p) && g_ascii_islower (p[-1])))
            p++;
          /* "has-ads", "with-sidebar", "no-comments" say what a block
           * holds or lacks, not what it is. */
          if (word_in_list (word, p - word, words) &&
              !(previous != NULL && dossier_word_list_contains_any_case (&dossier_words_html_class_qualifiers,
                                                                         previous, word - 1 - previous)))
            return TRUE;
          previous = word;
          while (p < end && (*p == '-' || *p == '_'))
            p++;
        }
    }
  return FALSE;
}

static gboolean
is_hidden (xmlNode *node)
{
  g_autofree char *aria_copy = NULL, *style_copy = NULL;
  const char *aria = _dossier_html_peek_attribute (node, "aria-hidden", &aria_copy);
  const char *style;

  if (xmlHasProp (node, (const xmlChar *) "hidden"))
    return TRUE;
  if (aria != NULL && g_ascii_strcasecmp (aria, "true") == 0)
    return TRUE;
  style = _dossier_html_peek_attribute (node, "style", &style_copy);
  if (style != NULL && style[0] != '\0')
    {
      g_autofree char *squeezed = g_strdup (style);
      char *w = squeezed;
      for (const char *r = style; *r; r++)
        if (!g_ascii_isspace (*r))
          *w++ = g_ascii_tolower (*r);
      *w = '\0';
      if (strstr (squeezed, "display:none") != NULL || strstr (squeezed, "visibility:hidden") != NULL)
        return TRUE;
    }
  return attribute_has_word (node, "class", &dossier_words_html_hidden_class_words, WORDS_WHOLE);
}

typedef struct
{
  GString *out;
  GPtrArray *captions;
  gsize root_length;
  guint in_pre;
  gboolean keep_hidden;   /* the page hides its article until a script shows it */
  xmlNode *headline;      /* the heading that names the article, or NULL */
  gssize headline_at;     /* where it starts in @out, once read; -1 before */
} Reader;

/* U+2028, a line break inside a paragraph. */
#define LINE_SEPARATOR "\xe2\x80\xa8"

static gboolean
ends_with_line_separator (GString *out)
{
  return out->len >= 3 && memcmp (out->str + out->len - 3, LINE_SEPARATOR, 3) == 0;
}

static void
end_line (GString *out)
{
  while ((out->len > 0 && out->str[out->len - 1] == ' ') || ends_with_line_separator (out))
    g_string_truncate (out, out->len - (out->str[out->len - 1] == ' ' ? 1 : 3));
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
}

static void
append_text (Reader        *reader,
             const xmlChar *text)
{
  GString *out = reader->out;

  for (const char *p = (const char *) text; p && *p; p++)
    {
      /* The lines of preformatted text (code, a poem, a table set in
       * spaces) stay lines of one paragraph: they are one block, which
       * the cleaner must weigh whole, not line by line. */
      if (reader->in_pre && *p == '\n')
        {
          while (out->len > 0 && out->str[out->len - 1] == ' ')
            g_string_truncate (out, out->len - 1);
          if (out->len > 0 && out->str[out->len - 1] != '\n' && !ends_with_line_separator (out))
            g_string_append (out, LINE_SEPARATOR);
        }
      else if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
            g_string_append_c (out, ' ');
        }
      /* A no-break space is a space to the cleaner. */
      else if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
            g_string_append_c (out, ' ');
          p++;
        }
      else
        g_string_append_c (out, *p);
    }
}

static void read_children (Reader *reader, xmlNode *node, guint depth);

/* Lists of links: a block whose text is mostly link text ("Most read",
 * "More on this story", tag lists) and little else, unless it is most of
 * the article. */
static gboolean
is_link_list (Reader  *reader,
              xmlNode *node)
{
  gsize links, length;

  if (!(_dossier_html_tag_flags (node) & TAG_CONTAINER))
    return FALSE;
  length = _dossier_html_text_length (node);
  links = _dossier_html_link_length (node);
  /* Whatever holds prose of its own besides the links (an article beside
   * a list of headlines) is read, its lists judged one by one. */
  return length > 0 && links * 10 >= length * 6 && length - links < 300 &&
         length * 4 < reader->root_length * 3;
}

/* Whether a class or id name of @node starts with a word that names the
 * article and ends with one that names furniture: what a name says last
 * is what the block is ("post-tags", "entry-meta" and "articleComments"
 * are the article's tags, meta line and comments, not the article).  A
 * name that starts otherwise may be a label the page gives its article
 * ("tag-comments", a topic the article is filed under). */
static gboolean
attribute_names_article_part (xmlNode    *node,
                              const char *attribute)
{
  g_autofree char *copy = NULL;
  const char *value = _dossier_html_peek_attribute (node, attribute, &copy);

  if (value == NULL)
    return FALSE;
  while (*value != '\0')
    {
      gsize n = strcspn (value, " \t\n\r\f");
      const char *end = value + n, *first_end = NULL, *last = value;

      for (const char *p = value; p < end; p++)
        if (*p == '-' || *p == '_')
          {
            if (first_end == NULL)
              first_end = p;
            last = p + 1;
          }
        else if (p > value && g_ascii_isupper (*p) && g_ascii_islower (p[-1]))
          {
            if (first_end == NULL)
              first_end = p;
            last = p;
          }
      if (first_end != NULL && last < end &&
          word_in_list (value, first_end - value, &dossier_words_html_article_class_words) &&
          word_in_list (last, end - last, &dossier_words_html_furniture_class_words))
        return TRUE;
      value = end + strspn (end, " \t\n\r\f");
    }
  return FALSE;
}

static gboolean
is_furniture (Reader  *reader,
              xmlNode *node)
{
  if (!attribute_has_word (node, "class", &dossier_words_html_furniture_class_words, WORDS_IN_NAMES) &&
      !attribute_has_word (node, "id", &dossier_words_html_furniture_class_words, WORDS_IN_NAMES))
    return FALSE;
  /* "article-body__newsletter" is a newsletter box in the article's body;
   * a block named for the article and for furniture ("box article") is
   * the article, unless one of its names is the article's furniture
   * ("post-tags"). */
  if (!attribute_names_article_part (node, "class") && !attribute_names_article_part (node, "id") &&
      (attribute_has_word (node, "class", &dossier_words_html_article_class_words, WORDS_IN_LAST) ||
       attribute_has_word (node, "id", &dossier_words_html_article_class_words, WORDS_IN_LAST)))
    return FALSE;
  /* Menus, sidebars and bars are made of links: one named so that holds
   * a third of the article's text or more, with few links, is a tab or
   * column of the article ("tab-menu--product"). */
  if (!attribute_has_word (node, "class", &dossier_words_html_furniture_class_words_strong, WORDS_IN_NAMES) &&
      !attribute_has_word (node, "id", &dossier_words_html_furniture_class_words_strong, WORDS_IN_NAMES) &&
      _dossier_html_text_length (node) * 3 >= reader->root_length &&
      _dossier_html_link_length (node) * 4 < _dossier_html_text_length (node))
    return FALSE;
  return _dossier_html_text_length (node) * 4 < reader->root_length * 3;
}


/* A box title ("Recent articles", "Mehr zum Thema") over a list. */
#define BOX_TITLE_MAX 80

/* Lists of other articles with excerpts ("More on this", a rail of
 * recent posts): a block most of whose text is teasers built alike, or
 * such a list under a box title.  Its link text is too little for a list
 * of links, the excerpts being prose; what marks it is the repetition of
 * headline and excerpt.  Not when it is half of what is read or more (a
 * page that is a list of posts, a round-up of the day's news). */
static gboolean
is_teaser_list (Reader  *reader,
                xmlNode *node)
{
  gsize length = _dossier_html_text_length (node);

  if (!(_dossier_html_tag_flags (node) & TAG_CONTAINER) || length * 2 >= reader->root_length)
    return FALSE;
  if (_dossier_html_holds_teasers (node))
    {
      DOSSIER_DEBUG ("html: a list of teasers left out: <%s>, %" G_GSIZE_FORMAT " bytes of text",
                     (const char *) node->name, length);
      return TRUE;
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && _dossier_html_text_length (child) + BOX_TITLE_MAX >= length &&
        _dossier_html_text_length (child) * 2 >= length)
      {
        if (!_dossier_html_holds_teasers (child))
          return FALSE;
        DOSSIER_DEBUG ("html: a box of teasers under its title left out: <%s>, %" G_GSIZE_FORMAT " bytes of text",
                       (const char *) node->name, length);
        return TRUE;
      }
  return FALSE;
}

/* A block named for the author that holds more than a byline's worth of
 * text is the author's biography or profile ("She has covered transport
 * since …"), set under or beside the article; a byline ("By Anna Berg,
 * 17 October") is shorter and left to the cleaner, which knows bylines. */
#define AUTHOR_BLOCK_MIN 100

static gboolean
is_author_block (Reader  *reader,
                 xmlNode *node)
{
  gsize length = _dossier_html_text_length (node);

  /* An <article> so named is an article by that author (a column). */
  return length >= AUTHOR_BLOCK_MIN && length * 4 < reader->root_length &&
         (_dossier_html_tag_flags (node) & TAG_BLOCK) && !_dossier_html_is_element (node, "article") &&
         (attribute_has_word (node, "class", &dossier_words_html_author_class_words, WORDS_IN_NAMES) ||
          attribute_has_word (node, "id", &dossier_words_html_author_class_words, WORDS_IN_NAMES));
}

/* A form (a comment or review form, a newsletter or search box, a
 * captcha) is something to fill in, not something to read: its labels and
 * notices ("Name (required)", "Rate this product") are never the article.
 * Some sites wrap the whole page in one form; a form that holds most of
 * what is read is that wrapper, and is read. */
static gboolean
is_small_form (Reader  *reader,
               xmlNode *node)
{
  return _dossier_html_is_element (node, "form") &&
         _dossier_html_text_length (node) * 4 < reader->root_length * 3;
}

static void
read_node (Reader  *reader,
           xmlNode *node,
           guint    depth)
{
  const char *name;
  gboolean block;
  guint flags;

  if (depth > HTML_MAX_DEPTH)
    return;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      append_text (reader, node->content);
      return;
    }
  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return;

  name = (const char *) node->name;
  flags = _dossier_html_tag_flags (node);
  if ((flags & TAG_SKIPPED) || (!reader->keep_hidden && is_hidden (node)) || is_furniture (reader, node) ||
      is_link_list (reader, node) || is_teaser_list (reader, node) || is_small_form (reader, node) ||
      is_author_block (reader, node))
    return;

  if (g_ascii_strcasecmp (name, "figcaption") == 0 ||
      (attribute_has_word (node, "class", &dossier_words_html_caption_class_words, WORDS_IN_NAMES) &&
       _dossier_html_text_length (node) * 4 < reader->root_length))
    {
      Reader caption = { g_string_new (NULL), NULL, reader->root_length, 0 };
      read_children (&caption, node, depth + 1);
      g_strstrip (caption.out->str);
      if (reader->captions != NULL && caption.out->str[0] != '\0')
        g_ptr_array_add (reader->captions, g_strdelimit (g_strdup (caption.out->str), "\n", ' '));
      g_string_free (caption.out, TRUE);
      return;
    }

  block = (flags & TAG_BLOCK) != 0;
  if (block)
    end_line (reader->out);
  if (node == reader->headline)
    reader->headline_at = reader->out->len;
  if (g_ascii_strcasecmp (name, "li") == 0)
    g_string_append (reader->out, "• ");
  else if (g_ascii_strcasecmp (name, "td") == 0 || g_ascii_strcasecmp (name, "th") == 0)
    append_text (reader, (const xmlChar *) " ");

  if (g_ascii_strcasecmp (name, "pre") == 0)
    reader->in_pre++;
  read_children (reader, node, depth + 1);
  if (g_ascii_strcasecmp (name, "pre") == 0)
    reader->in_pre--;

  if (block)
    end_line (reader->out);
}

/* Whether @node is a heading (h2 to h6) that announces what follows as
 * not the article: "Related posts", "Ähnliche Beiträge", "Lire aussi"
 * (data/words/tail-markers.txt, whole, without case or a final colon). */
static gboolean
is_tail_heading (xmlNode *node)
{
  g_autofree char *text = NULL, *folded = NULL;
  gsize n;

  if (node->type != XML_ELEMENT_NODE || node->name == NULL || g_ascii_tolower (node->name[0]) != 'h' ||
      node->name[1] < '2' || node->name[1] > '6' || node->name[2] != '\0' ||
      _dossier_html_text_length (node) > 80)
    return FALSE;
  text = (char *) xmlNodeGetContent (node);
  if (text == NULL)
    return FALSE;
  folded = g_utf8_strdown (g_strstrip (text), -1);
  n = strlen (folded);
  while (n > 0 && (folded[n - 1] == ':' || folded[n - 1] == '.' || folded[n - 1] == ' '))
    n--;
  return n > 0 && dossier_word_list_contains (&dossier_words_tail_markers, folded, n);
}

/* Whether what follows @heading in its block is a list of other
 * articles: a tenth of its text or more is links (headlines, each
 * perhaps with an excerpt of a paragraph or two and a "Weiterlesen"),
 * so the heading announces them.  A section of the article under a
 * heading such as "Recommendations" has few links or none. */
static gboolean
links_follow (xmlNode *heading)
{
  gsize length = 0, links = 0;

  for (xmlNode *next = heading->next; next != NULL; next = next->next)
    {
      if (next->type != XML_ELEMENT_NODE || (_dossier_html_tag_flags (next) & TAG_SKIPPED))
        continue;
      length += _dossier_html_text_length (next);
      links += _dossier_html_is_element (next, "a") ? _dossier_html_text_length (next)
                                                     : _dossier_html_link_length (next);
    }
  return links * 10 >= length;
}

/* A block whose heading announces other articles ("Related posts") holds
 * them after the heading, mostly as links: the rest of that block is not
 * read.  Not in the article's own block (@node is the root), where the
 * cleaner judges what follows such a line. */
static void
read_children (Reader  *reader,
               xmlNode *node,
               guint    depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (depth > 1 && is_tail_heading (child) && links_follow (child))
        break;
      read_node (reader, child, depth);
    }
}

static gboolean
is_hidden_or_inside_hidden (xmlNode *node)
{
  for (; node != NULL && node->type == XML_ELEMENT_NODE; node = node->parent)
    if (is_hidden (node))
      return TRUE;
  return FALSE;
}

/* The text of each candidate that is not in another candidate inside it:
 * an <article> that holds a list of teaser <article>s is a list, and one
 * that holds an embedded card is still the article.  A candidate inside
 * another counts once, against the nearest one above it, and not where an
 * element between them (a <footer>) is not measured. */
static gsize *
own_text_lengths (GPtrArray *candidates)
{
  g_autoptr(GHashTable) places = g_hash_table_new (NULL, NULL);
  gsize *lengths = g_new (gsize, candidates->len + 1);

  for (guint i = 0; i < candidates->len; i++)
    {
      lengths[i] = _dossier_html_text_length (g_ptr_array_index (candidates, i));
      g_hash_table_insert (places, g_ptr_array_index (candidates, i), GUINT_TO_POINTER (i + 1));
    }
  for (guint j = 0; j < candidates->len; j++)
    {
      xmlNode *inner = g_ptr_array_index (candidates, j);

      for (xmlNode *up = inner->parent; up != NULL; up = up->parent)
        {
          guint place;
          if (_dossier_html_tag_flags (up) & TAG_SKIPPED)
            break;
          if ((place = GPOINTER_TO_UINT (g_hash_table_lookup (places, up))) == 0)
            continue;
          lengths[place - 1] -= MIN (lengths[place - 1], _dossier_html_text_length (inner));
          break;
        }
    }
  return lengths;
}

/* Where the article is: what the page marks as its body, its largest
 * <article>, its <main>, or the whole body.  A marked element must hold
 * enough text to be more than a teaser.  A candidate hidden from readers
 * (a page's microdata copy of its text in a "display: none" block) is not
 * it, unless the page hides everything until a script runs (@keep_hidden). */
static xmlNode *
find_root (PageIndex *index,
           xmlNode   *body,
           gboolean   keep_hidden)
{
  GPtrArray *candidates[] = { index->bodies, index->articles, index->mains };
  gsize body_length = _dossier_html_text_length (body);

  for (gsize m = 0; m < G_N_ELEMENTS (candidates); m++)
    {
      g_autofree gsize *own = own_text_lengths (candidates[m]);
      xmlNode *best = NULL;
      gsize best_length = 0;

      for (guint i = 0; i < candidates[m]->len; i++)
        {
          /* Weighed by the text that is no link's: a widget of
           * recommended articles is an <article> made of links. */
          gsize links = _dossier_html_link_length (g_ptr_array_index (candidates[m], i));
          gsize length = own[i] > links ? own[i] - links : 0;
          if (length > best_length &&
              (keep_hidden || !is_hidden_or_inside_hidden (g_ptr_array_index (candidates[m], i))))
            {
              best_length = length;
              best = g_ptr_array_index (candidates[m], i);
            }
        }
      /* Chosen by its own text, judged by all it holds. */
      if (best != NULL && _dossier_html_text_length (best) >= 300 &&
          _dossier_html_text_length (best) * 5 >= body_length)
        {
          DOSSIER_DEBUG ("html: the article is the page's largest %s, %" G_GSIZE_FORMAT " of %"
                         G_GSIZE_FORMAT " bytes of text",
                         m == 0 ? "itemprop=articleBody" : m == 1 ? "<article>" : "<main>",
                         _dossier_html_text_length (best), body_length);
          return best;
        }
    }
  DOSSIER_DEBUG ("html: no element marks the article; the whole <body> is read");
  return body;
}

static xmlNode *
find_body (xmlNode *root)
{
  if (root == NULL)
    return NULL;
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (_dossier_html_is_element (child, "body"))
      return child;
  return root;
}

/* Whether @html has a <noscript> element. */
static gboolean
has_noscript (const char *html,
              gsize       len)
{
  const char *end = html + len;

  for (const char *p = memchr (html, '<', len); p != NULL && end - p > 9;
       p = memchr (p + 1, '<', end - p - 1))
    if (g_ascii_strncasecmp (p + 1, "noscript", 8) == 0)
      return TRUE;
  return FALSE;
}

/* An article of fewer bytes than this is thin: a heading and a line. */
#define THIN_ARTICLE 200

static gsize
document_text_length (DossierDocument *document)
{
  gsize length = 0;

  for (guint i = 0; i < document->paragraphs->len; i++)
    length += ((DossierParagraph *) g_ptr_array_index (document->paragraphs, i))->len;
  return length;
}

/* Lower case, letters and digits only, one space between words. */
static char *
squeeze_words (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* The first <h1> (else <h2>) in @root that reads as the page's @title
 * ("Bridge closed" for "Bridge closed | Coastal Times"). */
static xmlNode *
find_headline (PageIndex  *index,
               xmlNode    *root,
               const char *title)
{
  g_autofree char *wanted = NULL;

  if (title == NULL)
    return NULL;
  wanted = squeeze_words (title);
  if (strlen (wanted) < 20)
    return NULL;
  for (int level = 1; level <= 2; level++)
    for (guint i = 0; i < index->headings->len; i++)
      {
        xmlNode *heading = g_ptr_array_index (index->headings, i);
        g_autofree char *text = NULL;
        g_autofree char *words = NULL;
        xmlNode *up;
        gsize n;

        if (heading->name[1] != '0' + level)
          continue;
        for (up = heading->parent; up != NULL && up != root; up = up->parent)
          ;
        if (up == NULL)
          continue;
        text = (char *) xmlNodeGetContent (heading);
        words = squeeze_words (text != NULL ? text : "");
        n = strlen (words);
        if (n >= 20 && (strcmp (words, wanted) == 0 ||
                        (g_str_has_prefix (wanted, words) && wanted[n] == ' ') ||
                        (g_str_has_suffix (wanted, words) && wanted[strlen (wanted) - n - 1] == ' ')))
          return heading;
      }
  return NULL;
}

static gboolean
has_letters (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* The text of @page (its root element) a reader sees where its article is.  Where a
 * heading names the article (@title), what comes before it in the same
 * block (a ticker of other stories, a kicker) is not the article's, if
 * an article's worth of text follows it (a third of the block, or a
 * thousand bytes). */
static char *
read_text (xmlNode    *page,
           PageIndex  *index,
           const char *title,
           GPtrArray  *captions,
           gboolean    keep_hidden)
{
  xmlNode *body = find_body (page);
  xmlNode *root;
  Reader reader = { 0 };

  if (body == NULL)
    return g_strdup ("");
  root = find_root (index, body, keep_hidden);
  reader.out = g_string_new (NULL);
  reader.captions = captions;
  reader.keep_hidden = keep_hidden;
  reader.root_length = _dossier_html_text_length (root);
  reader.headline = find_headline (index, root, title);
  reader.headline_at = -1;
  read_node (&reader, root, 0);
  end_line (reader.out);
  /* What marks itself as the article may hold nothing a reader reads
   * (links, hidden blocks): then the whole body is read. */
  if (root != body && !has_letters (reader.out->str))
    {
      DOSSIER_DEBUG ("html: nothing to read in the marked article; the whole <body> is read");
      g_string_truncate (reader.out, 0);
      root = body;
      reader.root_length = _dossier_html_text_length (root);
      reader.headline = find_headline (index, root, title);
      reader.headline_at = -1;
      read_node (&reader, root, 0);
      end_line (reader.out);
    }
  if (reader.headline_at > 0 && reader.out->len - reader.headline_at >= MIN (reader.out->len / 3, 1000))
    {
      DOSSIER_DEBUG ("html: the %" G_GSSIZE_FORMAT " bytes before the headline are left out", reader.headline_at);
      g_string_erase (reader.out, 0, reader.headline_at);
    }
  return g_string_free (reader.out, FALSE);
}

char *
dossier_html_to_text (const char *html,
                      gsize       len,
                      GPtrArray  *captions)
{
  g_autoptr(HtmlTree) tree = _dossier_html_tree_parse (html, len, FALSE, FALSE, NULL);
  g_auto(PageIndex) index = { 0 };

  if (tree == NULL)
    return g_strdup ("");
  _dossier_html_page_index_build (&index, _dossier_html_tree_root (tree));
  return read_text (_dossier_html_tree_root (tree), &index, NULL, captions, FALSE);
}

DossierDocument *
dossier_html_clean (const guint8              *bytes,
                    gsize                      len,
                    const DossierCleanOptions *options,
                    GError                   **error)
{
  DossierDecodedText decoded;
  DossierDocument *document = NULL;
  g_autoptr(GPtrArray) captions = g_ptr_array_new_with_free_func (g_free);
  g_auto(Metadata) metadata = { 0 };
  g_auto(PageIndex) index = { 0 };
  g_autofree char *text = NULL;
  DossierCleanOptions structured = { 0 };
  g_autoptr(GError) clean_error = NULL;
  HtmlTree *page;
  gboolean clipped = FALSE;

  if (options != NULL)
    structured = *options;
  if (!dossier_text_decode (bytes, len, options ? options->max_size : 0, &decoded, error))
    return NULL;

  page = _dossier_html_tree_parse (decoded.text, decoded.len, TRUE, FALSE, &clipped);
  if (page == NULL)
    {
      g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_NO_ARTICLE,
                   "the page could not be read as HTML");
      dossier_decoded_text_clear (&decoded);
      return NULL;
    }
  _dossier_html_page_index_build (&index, _dossier_html_tree_root (page));
  _dossier_html_read_metadata (&index, &metadata);
  text = read_text (_dossier_html_tree_root (page), &index, metadata.title != NULL ? metadata.title : metadata.page_title,
                    captions, FALSE);

  structured.structured = TRUE;
  if (structured.address == NULL)
    structured.address = metadata.address;
  document = dossier_clean_text (text, strlen (text), &structured, &clean_error);
  /* Nothing to read where a reader looks: the page may hide its article
   * until a script shows it ("display: none" on the body's wrapper), or
   * give it to a browser without scripts only (a <noscript> copy of what
   * a script template draws). */
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autofree char *other_text = NULL;
      g_autoptr(GPtrArray) other_captions = NULL;
      DossierDocument *other;

      gboolean nothing = (document == NULL && g_error_matches (clean_error, DOSSIER_CORE_ERROR,
                                                               DOSSIER_CORE_ERROR_NO_ARTICLE)) ||
                         (document != NULL && document->uncleaned);
      /* A heading and a line are all a page shows where a script draws
       * its article: its <noscript> copy is worth a look too. */
      gboolean thin = document != NULL && !document->uncleaned && attempt == 1 &&
                      document_text_length (document) < THIN_ARTICLE;

      if (!nothing && !thin)
        continue;
      DOSSIER_DEBUG ("html: no article where a reader looks; read again with what the page %s",
                     attempt == 0 ? "hides" : "shows without scripts");
      other_captions = g_ptr_array_new_with_free_func (g_free);
      if (attempt == 0)
        other_text = read_text (_dossier_html_tree_root (page), &index, metadata.title != NULL ? metadata.title : metadata.page_title,
                                other_captions, TRUE);
      else if (has_noscript (decoded.text, decoded.len))
        {
          /* A browser without scripts shows what <noscript> holds as
           * it shows a <div>: so it is read and measured as one. */
          g_autoptr(HtmlTree) without_scripts = _dossier_html_tree_parse (decoded.text, decoded.len, TRUE, TRUE, NULL);
          g_auto(PageIndex) other_index = { 0 };

          if (without_scripts == NULL)
            break;
          _dossier_html_page_index_build (&other_index, _dossier_html_tree_root (without_scripts));
          other_text = read_text (_dossier_html_tree_root (without_scripts), &other_index,
                                  metadata.title != NULL ? metadata.title : metadata.page_title,
                                  other_captions, TRUE);
        }
      else
        break;
      other = dossier_clean_text (other_text, strlen (other_text), &structured, NULL);
      if (other != NULL && (document == NULL || (nothing && !other->uncleaned) ||
                            (thin && !other->uncleaned &&
                             document_text_length (other) > 2 * document_text_length (document))))
        {
          g_clear_pointer (&document, dossier_document_free);
          g_clear_error (&clean_error);
          document = other;
          g_ptr_array_unref (captions);
          captions = g_steal_pointer (&other_captions);
        }
      else if (other != NULL)
        dossier_document_free (other);
    }
  _dossier_html_tree_free (page);
  /* A page that shows its text only through its scripts: the whole text
   * its JSON-LD gives, else its description, kept uncleaned with a word
   * of why, rather than nothing. */
  if (document == NULL && metadata.body != NULL && g_utf8_validate (metadata.body, -1, NULL))
    {
      DOSSIER_DEBUG ("html: no text on the page; its JSON-LD articleBody is read");
      document = dossier_clean_text (metadata.body, strlen (metadata.body), options, NULL);
    }
  if (document == NULL && metadata.description != NULL && g_utf8_validate (metadata.description, -1, NULL))
    {
      document = dossier_clean_text (metadata.description, strlen (metadata.description), options, NULL);
      if (document != NULL)
        {
          DOSSIER_DEBUG ("html: no text on the page; its description is kept");
          document->uncleaned = TRUE;
          dossier_document_add_warning (document, "%s",
                                        _("the page shows no text without its scripts; "
                                          "its description is kept in its place"));
        }
    }
  if (document != NULL)
    g_clear_error (&clean_error);
  if (document == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&clean_error));
      dossier_decoded_text_clear (&decoded);
      return NULL;
    }

  /* A paywalled or paged article shows a part and carries the whole in
   * its JSON-LD: the whole it is, when it is clearly more. */
  if (metadata.body != NULL && g_utf8_validate (metadata.body, -1, NULL))
    {
      gsize shown = 0;
      for (guint i = 0; i < document->paragraphs->len; i++)
        shown += ((DossierParagraph *) g_ptr_array_index (document->paragraphs, i))->len;
      if (strlen (metadata.body) > shown + shown / 3 + 200)
        {
          DossierCleanOptions whole_options = structured;
          DossierDocument *whole;

          whole_options.structured = options != NULL && options->structured;
          whole = dossier_clean_text (metadata.body, strlen (metadata.body), &whole_options, NULL);
          if (whole != NULL)
            {
              DOSSIER_DEBUG ("html: the JSON-LD articleBody, %" G_GSIZE_FORMAT " bytes, replaces the %"
                             G_GSIZE_FORMAT " bytes the page shows", strlen (metadata.body), shown);
              dossier_document_free (document);
              document = whole;
            }
        }
    }

  document->is_html = TRUE;
  document->encoding = decoded.encoding;
  if (decoded.warning != NULL)
    dossier_document_add_warning (document, "%s", decoded.warning);
  dossier_decoded_text_clear (&decoded);
  if (clipped)
    dossier_document_add_warning (document, "the page nests elements more than %d deep; "
                                  "what is deeper was read as plain text", HTML_PARSE_DEPTH);

  if (metadata.title != NULL)
    {
      g_free (document->title);
      document->title = g_steal_pointer (&metadata.title);
    }
  /* The page's <title> often carries the site's name ("… | DW"): the last
   * resort, after the headline the cleaner finds. */
  else if (document->title == NULL && metadata.page_title != NULL)
    {
      DOSSIER_DEBUG ("html: title from the page's <title>: %s", metadata.page_title);
      document->title = g_steal_pointer (&metadata.page_title);
    }
  if (metadata.outlet != NULL)
    {
      g_free (document->outlet);
      document->outlet = g_steal_pointer (&metadata.outlet);
      g_free (document->outlet_evidence);
      document->outlet_evidence = g_strdup (metadata.outlet_from);
    }
  if (metadata.author != NULL)
    {
      g_free (document->author);
      document->author = g_steal_pointer (&metadata.author);
    }
  if (dossier_date_is_set (&metadata.published))
    {
      document->published = metadata.published;
      document->published_from = DOSSIER_DATE_SOURCE_METADATA;
      g_free (document->published_evidence);
      document->published_evidence = g_steal_pointer (&metadata.published_evidence);
    }
  for (guint i = 0; i < captions->len; i++)
    g_ptr_array_add (document->captions, g_strdup (g_ptr_array_index (captions, i)));

  return document;
}
