/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "dossier-core-error.h"
#include "dossier-date-expression.h"
#include "dossier-html.h"
#include "dossier-json-limit.h"
#include "dossier-text-decode.h"

/* Deeper than any real page; a hostile one is read no further down. */
#define MAX_DEPTH 256

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

/* Words of a class or id that name furniture.  Such a block is left out
 * unless it holds three quarters of the article's text or more (a page may
 * call its whole body "comments-enabled"). */
static const char * const furniture_words[] = {
  "ad", "ads", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs", "comment",
  "comments", "consent", "cookie", "cookies", "disqus", "footer", "menu", "modal", "nav", "navbar",
  "navigation", "newsletter", "outbrain", "popup", "promo", "recommended",
  "rail", "related", "share", "sharing", "sidebar", "signup", "social", "sponsored", "subscribe", "taboola",
  "toolbar", "trending",
};

/* Words of a class that mark a photo's caption or credit outside a
 * <figcaption>. */
static const char * const caption_words[] = {
  "caption", "credit", "credits", "figcaption",
};

/* Words of a class or id that name the article: a block named for both
 * ("box article modal-enabled") is kept. */
static const char * const article_words[] = {
  "article", "body", "content", "entry", "main", "post", "story", "text",
};

/* Words of a class that hide a block from sighted readers. */
static const char * const hidden_words[] = {
  "hidden", "screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden",
};

static gboolean
in_list (const char        *word,
         const char * const *list,
         gsize              n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;
  xmlFree (value);
  return copy;
}

/* An attribute's value without a copy, where the parser made it one text
 * node (as libxml2's HTML parser does); otherwise a copy in @copy. */
static const char *
peek_attribute (xmlNode    *node,
                const char *name,
                char      **copy)
{
  *copy = NULL;
  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    {
      if (attribute->name == NULL || g_ascii_strcasecmp ((const char *) attribute->name, name) != 0)
        continue;
      if (attribute->children == NULL)
        return "";
      if (attribute->children->type == XML_TEXT_NODE && attribute->children->next == NULL)
        return (const char *) attribute->children->content;
      *copy = get_attribute (node, name);
      return *copy;
    }
  return NULL;
}

typedef enum
{
  WORDS_WHOLE,      /* "sr-only": one of its classes */
  WORDS_IN_NAMES,   /* "article-comments", "commentsList": a word of a class name */
  WORDS_IN_LAST,    /* as WORDS_IN_NAMES, in what a BEM name ("article-body__newsletter") names last */
} WordsIn;

static gboolean
word_in_list (const char         *word,
              gsize               n,
              const char * const *words,
              gsize               n_words)
{
  for (gsize i = 0; i < n_words && n > 0; i++)
    if (strlen (words[i]) == n && g_ascii_strncasecmp (word, words[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* Whether a class or id value holds one of @words, as @in says: the words
 * of a class name are apart by "-" or "_" or start with a capital after a
 * small letter ("article-comments" and "commentsList" hold "comments",
 * "commentary" does not). */
static gboolean
attribute_has_word (xmlNode            *node,
                    const char         *attribute,
                    const char * const *words,
                    gsize               n_words,
                    WordsIn             in)
{
  g_autofree char *copy = NULL;
  const char *value = peek_attribute (node, attribute, &copy);

  if (value == NULL)
    return FALSE;
  while (*value != '\0')
    {
      gsize n = strcspn (value, " \t\n\r\f");
      const char *name = value, *end = value + n;

      value = end + strspn (end, " \t\n\r\f");
      if (in == WORDS_WHOLE)
        {
          if (word_in_list (name, n, words, n_words))
            return TRUE;
          continue;
        }
      if (in == WORDS_IN_LAST)
        for (const char *p = name; p + 1 < end; p++)
          if (p[0] == '_' && p[1] == '_')
            name = p + 2;
      for (const char *p = name; p < end;)
        {
          const char *word = p;

          while (p < end && *p != '-' && *p != '_' &&
                 !(p > word && g_ascii_isupper (*p) && g_ascii_islower (p[-1])))
            p++;
          if (word_in_list (word, p - word, words, n_words))
            return TRUE;
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
  const char *aria = peek_attribute (node, "aria-hidden", &aria_copy);
  const char *style;

  if (xmlHasProp (node, (const xmlChar *) "hidden"))
    return TRUE;
  if (aria != NULL && g_ascii_strcasecmp (aria, "true") == 0)
    return TRUE;
  style = peek_attribute (node, "style", &style_copy);
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
  return attribute_has_word (node, "class", hidden_words, G_N_ELEMENTS (hidden_words), WORDS_WHOLE);
}

enum
{
  TAG_SKIPPED = 1 << 0,
  TAG_BLOCK = 1 << 1,
  TAG_CONTAINER = 1 << 2,   /* judged as a possible list of links */
};

/* What the reader does with an element of each name (the HTML parser
 * gives names in lower case), looked up once per element. */
static guint
tag_flags (xmlNode *node)
{
  static const char * const containers[] = { "div", "section", "ul", "ol", "table", "header", "p", "li" };
  static GHashTable *flags;

  if (g_once_init_enter (&flags))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
      for (gsize i = 0; i < G_N_ELEMENTS (skipped_tags); i++)
        g_hash_table_insert (table, (gpointer) skipped_tags[i], GUINT_TO_POINTER (TAG_SKIPPED));
      for (gsize i = 0; i < G_N_ELEMENTS (block_tags); i++)
        g_hash_table_insert (table, (gpointer) block_tags[i], GUINT_TO_POINTER (TAG_BLOCK));
      for (gsize i = 0; i < G_N_ELEMENTS (containers); i++)
        g_hash_table_insert (table, (gpointer) containers[i],
                             GUINT_TO_POINTER (TAG_CONTAINER | GPOINTER_TO_UINT (g_hash_table_lookup (table, containers[i]))));
      g_once_init_leave (&flags, table);
    }
  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (flags, node->name));
}

/* What the reader looks for in a page, found in one walk over it. */
typedef struct
{
  GPtrArray *metadata;   /* <meta>, <title> and JSON-LD scripts, in the page's order */
  GPtrArray *times;      /* <time datetime="…"> */
  GPtrArray *bodies;     /* itemprop="articleBody" */
  GPtrArray *articles;   /* <article> */
  GPtrArray *mains;      /* <main> */
  GPtrArray *headings;   /* <h1> and <h2> */
} PageIndex;

static void
page_index_clear (PageIndex *index)
{
  g_clear_pointer (&index->metadata, g_ptr_array_unref);
  g_clear_pointer (&index->times, g_ptr_array_unref);
  g_clear_pointer (&index->bodies, g_ptr_array_unref);
  g_clear_pointer (&index->articles, g_ptr_array_unref);
  g_clear_pointer (&index->mains, g_ptr_array_unref);
  g_clear_pointer (&index->headings, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PageIndex, page_index_clear)

static void
index_element (PageIndex *index,
               xmlNode   *node)
{
  const char *name = (const char *) node->name;
  g_autofree char *copy = NULL;
  const char *itemprop;

  if (strcmp (name, "meta") == 0 || strcmp (name, "title") == 0)
    g_ptr_array_add (index->metadata, node);
  else if (strcmp (name, "script") == 0)
    {
      const char *type = peek_attribute (node, "type", &copy);
      if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0)
        g_ptr_array_add (index->metadata, node);
    }
  else if (strcmp (name, "time") == 0 && xmlHasProp (node, (const xmlChar *) "datetime"))
    g_ptr_array_add (index->times, node);
  else if (strcmp (name, "article") == 0)
    g_ptr_array_add (index->articles, node);
  else if (strcmp (name, "main") == 0)
    g_ptr_array_add (index->mains, node);
  else if (strcmp (name, "h1") == 0 || strcmp (name, "h2") == 0)
    g_ptr_array_add (index->headings, node);

  g_clear_pointer (&copy, g_free);
  itemprop = peek_attribute (node, "itemprop", &copy);
  if (itemprop != NULL && strstr (itemprop, "articleBody") != NULL)
    g_ptr_array_add (index->bodies, node);
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
  gboolean is_link = is_element (node, "a");

  if (depth > MAX_DEPTH)
    return 0;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          for (const xmlChar *p = child->content; p && *p; p++)
            length += !g_ascii_isspace (*p);
        }
      else if (child->type == XML_ELEMENT_NODE && child->name != NULL)
        {
          gsize child_links = 0;
          gsize child_length;

          index_element (index, child);
          child_length = index_node (index, child, depth + 1, &child_links);
          if (tag_flags (child) & TAG_SKIPPED)
            continue;
          length += child_length;
          link_length += is_element (child, "a") ? child_length : child_links;
        }
    }
  length = MIN (length, G_MAXUINT32);
  link_length = MIN (is_link ? length : link_length, length);
  node->_private = GSIZE_TO_POINTER (length | ((guint64) link_length << 32));
  *links = link_length;
  return length;
}

static void
page_index_build (PageIndex *index,
                  xmlDoc    *document)
{
  xmlNode *root = xmlDocGetRootElement (document);
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

static gsize
text_length (xmlNode *node)
{
  return GPOINTER_TO_SIZE (node->_private) & G_MAXUINT32;
}

static gsize
link_length (xmlNode *node)
{
  return (guint64) GPOINTER_TO_SIZE (node->_private) >> 32;
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

static void
end_line (GString *out)
{
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
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
      if (reader->in_pre && *p == '\n')
        end_line (out);
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

  if (!(tag_flags (node) & TAG_CONTAINER))
    return FALSE;
  length = text_length (node);
  links = link_length (node);
  /* Whatever holds prose of its own besides the links (an article beside
   * a list of headlines) is read, its lists judged one by one. */
  return length > 0 && links * 10 >= length * 6 && length - links < 300 &&
         length * 4 < reader->root_length * 3;
}

static gboolean
is_furniture (Reader  *reader,
              xmlNode *node)
{
  if (!attribute_has_word (node, "class", furniture_words, G_N_ELEMENTS (furniture_words), WORDS_IN_NAMES) &&
      !attribute_has_word (node, "id", furniture_words, G_N_ELEMENTS (furniture_words), WORDS_IN_NAMES))
    return FALSE;
  /* "article-body__newsletter" is a newsletter box in the article's body. */
  if (attribute_has_word (node, "class", article_words, G_N_ELEMENTS (article_words), WORDS_IN_LAST) ||
      attribute_has_word (node, "id", article_words, G_N_ELEMENTS (article_words), WORDS_IN_LAST))
    return FALSE;
  return text_length (node) * 4 < reader->root_length * 3;
}

static void
read_node (Reader  *reader,
           xmlNode *node,
           guint    depth)
{
  const char *name;
  gboolean block;
  guint flags;

  if (depth > MAX_DEPTH)
    return;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      append_text (reader, node->content);
      return;
    }
  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return;

  name = (const char *) node->name;
  flags = tag_flags (node);
  if ((flags & TAG_SKIPPED) || (!reader->keep_hidden && is_hidden (node)) || is_furniture (reader, node) ||
      is_link_list (reader, node))
    return;

  if (g_ascii_strcasecmp (name, "figcaption") == 0 ||
      (attribute_has_word (node, "class", caption_words, G_N_ELEMENTS (caption_words), WORDS_IN_NAMES) &&
       text_length (node) * 4 < reader->root_length))
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

static void
read_children (Reader  *reader,
               xmlNode *node,
               guint    depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    read_node (reader, child, depth);
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
      lengths[i] = text_length (g_ptr_array_index (candidates, i));
      g_hash_table_insert (places, g_ptr_array_index (candidates, i), GUINT_TO_POINTER (i + 1));
    }
  for (guint j = 0; j < candidates->len; j++)
    {
      xmlNode *inner = g_ptr_array_index (candidates, j);

      for (xmlNode *up = inner->parent; up != NULL; up = up->parent)
        {
          guint place;
          if (tag_flags (up) & TAG_SKIPPED)
            break;
          if ((place = GPOINTER_TO_UINT (g_hash_table_lookup (places, up))) == 0)
            continue;
          lengths[place - 1] -= MIN (lengths[place - 1], text_length (inner));
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
  gsize body_length = text_length (body);

  for (gsize m = 0; m < G_N_ELEMENTS (candidates); m++)
    {
      g_autofree gsize *own = own_text_lengths (candidates[m]);
      xmlNode *best = NULL;
      gsize best_length = 0;

      for (guint i = 0; i < candidates[m]->len; i++)
        {
          gsize length = own[i];
          if (length > best_length &&
              (keep_hidden || !is_hidden_or_inside_hidden (g_ptr_array_index (candidates[m], i))))
            {
              best_length = length;
              best = g_ptr_array_index (candidates[m], i);
            }
        }
      /* Chosen by its own text, judged by all it holds. */
      if (best != NULL && text_length (best) >= 300 && text_length (best) * 5 >= body_length)
        return best;
    }
  return body;
}

static xmlNode *
find_body (xmlDoc *document)
{
  xmlNode *root = xmlDocGetRootElement (document);
  if (root == NULL)
    return NULL;
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (is_element (child, "body"))
      return child;
  return root;
}

/* libxml2 stops the whole parse, losing the rest of the page, where
 * elements nest deeper than 256 (a hostile page, or one that never closes
 * its <div>s).  Elements deeper than PARSE_DEPTH are not made: their text
 * goes to the deepest element kept, in the page's order.  The parser pairs
 * every start with an end, so counting both keeps the tree consistent. */
#define PARSE_DEPTH 250

typedef struct
{
  startElementSAXFunc start_element;
  endElementSAXFunc   end_element;
  guint               depth;
  gboolean            clipped;
} DepthGuard;

static void
guarded_start_element (void           *data,
                       const xmlChar  *name,
                       const xmlChar **attributes)
{
  DepthGuard *guard = ((xmlParserCtxt *) data)->_private;

  if (++guard->depth <= PARSE_DEPTH)
    guard->start_element (data, name, attributes);
  else
    guard->clipped = TRUE;
}

static void
guarded_end_element (void          *data,
                     const xmlChar *name)
{
  DepthGuard *guard = ((xmlParserCtxt *) data)->_private;

  if (guard->depth == 0 || guard->depth-- <= PARSE_DEPTH)
    guard->end_element (data, name);
}

/* The text of scripts, style sheets and comments is most of a news page's
 * bytes (three fifths on the AEB pages) and none of its article, yet
 * libxml2 reads it a character at a time.  It is cut out before parsing,
 * by the HTML tokenizer's own rules: a comment ends at the first "-->", a
 * script or style element at the first "</script" or "</style" (as
 * libxml2's recovering parser ends it), and a tag at the first ">" outside
 * a quoted attribute value.  The elements themselves stay, empty, so the
 * tree keeps its shape; JSON-LD scripts keep their text, which the
 * metadata reads.  (libxml2 reads a <title> or <textarea> as markup too.) */
/* The length of the tag name at @p, read as libxml2 reads one: letters,
 * digits, ":", "-", "_" and "." ("script-loader" is no script). */
static gsize
tag_name_length (const char *p,
                 const char *end)
{
  const char *q = p;

  while (q < end && (g_ascii_isalnum (*q) || *q == ':' || *q == '-' || *q == '_' || *q == '.'))
    q++;
  return q - p;
}

/* @name: a lower-case string literal. */
#define tag_is(p, n, name) ((n) == sizeof (name) - 1 && g_ascii_strncasecmp ((p), (name), (n)) == 0)

static inline gboolean
is_html_space (char c)
{
  return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
}

/* Where an attribute's value ends, @p just past its "=": quoted, past the
 * closing quote; unquoted, at a space or ">". */
static const char *
skip_value (const char *p,
            const char *end)
{
  while (p < end && is_html_space (*p))
    p++;
  if (p < end && (*p == '"' || *p == '\''))
    {
      const char *close = memchr (p + 1, *p, end - p - 1);
      return close != NULL ? close + 1 : end;
    }
  while (p < end && !is_html_space (*p) && *p != '>')
    p++;
  return p;
}

/* Where the tag whose name starts at @p ends: just past its ">", or @end. */
static const char *
skip_tag (const char *p,
          const char *end)
{
  while (p < end && *p != '>')
    p = *p == '=' ? skip_value (p + 1, end) : p + 1;
  return p < end ? p + 1 : end;
}

/* The first "</@name" at or after @p, or @end: as libxml2's recovering
 * parser ends a script, at the first end tag whose name starts so. */
static const char *
find_end_tag (const char *p,
              const char *end,
              const char *name)
{
  gsize n = strlen (name);

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      if ((gsize) (end - p) >= n + 2 && p[1] == '/' && g_ascii_strncasecmp (p + 2, name, n) == 0)
        return p;
      p++;
    }
  return end;
}

/* The attributes the reader looks at.  The others (links, image sources,
 * data-* stores, SVG paths) are two fifths of what is left of a page after
 * its scripts, and libxml2 reads them a character at a time. */
static const struct
{
  const char *name;
  gsize len;
} read_attributes[] = {
#define ATTRIBUTE(name) { name, sizeof (name) - 1 }
  ATTRIBUTE ("aria-hidden"), ATTRIBUTE ("charset"), ATTRIBUTE ("class"), ATTRIBUTE ("content"),
  ATTRIBUTE ("datetime"), ATTRIBUTE ("hidden"), ATTRIBUTE ("http-equiv"), ATTRIBUTE ("id"),
  ATTRIBUTE ("itemprop"), ATTRIBUTE ("itemtype"), ATTRIBUTE ("lang"), ATTRIBUTE ("name"),
  ATTRIBUTE ("property"), ATTRIBUTE ("role"), ATTRIBUTE ("style"), ATTRIBUTE ("type"),
#undef ATTRIBUTE
};

/* Copies the start tag whose name starts at @name (just past its "<") to
 * @out with only the attributes the reader looks at, each as the page
 * wrote it; returns where the tag ends.  Attributes are read as the HTML
 * tokenizer reads them: a name up to a space, "/", ">" or "="; a value
 * quoted, or up to a space or ">". */
static const char *
copy_start_tag (GString    *out,
                const char *name,
                const char *end)
{
  const char *p = name;
  gboolean closed = FALSE;

  while (p < end && !is_html_space (*p) && *p != '/' && *p != '>')
    p++;
  g_string_append_c (out, '<');
  g_string_append_len (out, name, p - name);
  while (p < end)
    {
      const char *attribute = p, *value_end;
      gsize n;

      if (*p == '>')
        {
          g_string_append (out, closed ? "/>" : ">");
          return p + 1;
        }
      if (is_html_space (*p) || *p == '/')
        {
          closed = *p == '/';
          p++;
          continue;
        }
      closed = FALSE;
      while (p < end && !is_html_space (*p) && *p != '/' && *p != '>' && (*p != '=' || p == attribute))
        p++;
      n = p - attribute;
      value_end = p;
      {
        const char *q = p;
        while (q < end && is_html_space (*q))
          q++;
        if (q < end && *q == '=')
          value_end = p = skip_value (q + 1, end);
      }
      for (gsize i = 0; i < G_N_ELEMENTS (read_attributes); i++)
        if (read_attributes[i].len == n && g_ascii_strncasecmp (attribute, read_attributes[i].name, n) == 0)
          {
            g_string_append_c (out, ' ');
            g_string_append_len (out, attribute, value_end - attribute);
            break;
          }
    }
  /* The page ends inside the tag: as libxml2 would, it is dropped. */
  return end;
}

/* Copies [@p, @end) to @out; outside <pre>, each run of white space as one
 * space or line break, which is all the reader makes of it (white space
 * between the tags is a third of a page once its scripts and attributes
 * are gone). */
static void
append_squeezed (GString    *out,
                 const char *p,
                 const char *end,
                 gboolean    in_pre)
{
  if (in_pre)
    {
      g_string_append_len (out, p, end - p);
      return;
    }
  while (p < end)
    {
      const char *run = p;
      gboolean line_break = FALSE;

      while (p < end && !is_html_space (*p))
        p++;
      g_string_append_len (out, run, p - run);
      if (p == end)
        break;
      for (; p < end && is_html_space (*p); p++)
        line_break |= *p == '\n';
      g_string_append_c (out, line_break ? '\n' : ' ');
    }
}

static GString *
strip_raw_text (const char *html,
                gsize       len)
{
  const char *end = html + len;
  const char *copied = html;   /* what is before it is in @out */
  const char *p = html;
  guint in_pre = 0;
  GString *out = g_string_sized_new (len / 2 + 64);

  while (p < end && (p = memchr (p, '<', end - p)) != NULL)
    {
      const char *name = p + 1;
      gsize n;

      if (end - name >= 3 && memcmp (name, "!--", 3) == 0)
        {
          /* "<!-->" and "<!--->" are empty comments. */
          const char *body = name + 3;
          const char *close;

          if (body < end && *body == '>')
            close = body + 1;
          else if (end - body >= 2 && memcmp (body, "->", 2) == 0)
            close = body + 2;
          else
            {
              close = g_strstr_len (body, end - body, "-->");
              close = close != NULL ? close + 3 : end;
            }
          append_squeezed (out, copied, p, in_pre);
          copied = p = close;
          continue;
        }
      if (name < end && *name == '/')
        {
          gsize n = tag_name_length (name + 1, end);
          if (tag_is (name + 1, n, "pre"))
            {
              append_squeezed (out, copied, p, in_pre);
              copied = p;
              in_pre -= in_pre > 0;
            }
          p++;
          continue;
        }
      if (name >= end || !g_ascii_isalpha (*name))
        {
          p++;
          continue;
        }

      n = tag_name_length (name, end);
      if (tag_is (name, n, "script") || tag_is (name, n, "style"))
        {
          const char *raw_name = n == 6 ? "script" : "style";
          const char *content = skip_tag (name, end);
          const char *close = find_end_tag (content, end, raw_name);

          /* JSON-LD: the metadata's, kept. */
          if (n == 6 && g_strstr_len (name, content - name, "ld+json") != NULL)
            {
              append_squeezed (out, copied, p, in_pre);
              g_string_append_len (out, p, close - p);
              copied = p = close;
              continue;
            }
          append_squeezed (out, copied, content, in_pre);
          copied = p = close;
          continue;
        }

      append_squeezed (out, copied, p, in_pre);
      if (tag_is (name, n, "pre"))
        in_pre++;
      /* Elements that never hold text or anything else the reader takes
       * (one in fourteen of a page's elements) are left out. */
      if (tag_is (name, n, "img") || tag_is (name, n, "link") || tag_is (name, n, "source") ||
          tag_is (name, n, "input") || tag_is (name, n, "wbr") || tag_is (name, n, "track") ||
          tag_is (name, n, "param") || tag_is (name, n, "area"))
        copied = p = skip_tag (name, end);
      else
        copied = p = copy_start_tag (out, name, end);
    }
  append_squeezed (out, copied, end, in_pre);
  return out;
}

static xmlDoc *
parse (const char *html,
       gsize       len,
       gboolean   *clipped)
{
  /* NONET: nothing is fetched; the parser never runs scripts.  No
   * NOENT or DTDLOAD: no entity of the page's own is expanded, no DTD read. */
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
  DepthGuard guard = { 0 };
  htmlParserCtxt *context;
  g_autoptr(GString) stripped = NULL;
  xmlDoc *document;

  stripped = strip_raw_text (html, len);
  if (stripped->len > G_MAXINT)
    return NULL;
  context = htmlNewParserCtxt ();
  if (context == NULL)
    return NULL;
  if (context->sax != NULL && context->sax->startElement != NULL && context->sax->endElement != NULL)
    {
      guard.start_element = context->sax->startElement;
      guard.end_element = context->sax->endElement;
      context->sax->startElement = guarded_start_element;
      context->sax->endElement = guarded_end_element;
      context->_private = &guard;
    }
  document = htmlCtxtReadMemory (context, stripped->str, (int) stripped->len, NULL, "UTF-8", options);
  htmlFreeParserCtxt (context);
  if (clipped != NULL)
    *clipped = guard.clipped;
  return document;
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

/* The text of @document a reader sees where its article is.  Where a
 * heading names the article (@title), what comes before it in the same
 * block (a ticker of other stories, a kicker) is not the article's, if
 * an article's worth of text follows it (a third of the block, or a
 * thousand bytes). */
static char *
read_text (xmlDoc     *document,
           PageIndex  *index,
           const char *title,
           GPtrArray  *captions,
           gboolean    keep_hidden)
{
  xmlNode *body = find_body (document);
  xmlNode *root;
  Reader reader = { 0 };

  if (body == NULL)
    return g_strdup ("");
  root = find_root (index, body, keep_hidden);
  reader.out = g_string_new (NULL);
  reader.captions = captions;
  reader.keep_hidden = keep_hidden;
  reader.root_length = text_length (root);
  reader.headline = find_headline (index, root, title);
  reader.headline_at = -1;
  read_node (&reader, root, 0);
  end_line (reader.out);
  if (reader.headline_at > 0 && reader.out->len - reader.headline_at >= MIN (reader.out->len / 3, 1000))
    g_string_erase (reader.out, 0, reader.headline_at);
  return g_string_free (reader.out, FALSE);
}

char *
dossier_html_to_text (const char *html,
                      gsize       len,
                      GPtrArray  *captions)
{
  xmlDoc *document = parse (html, len, NULL);
  g_auto(PageIndex) index = { 0 };
  char *text;

  if (document == NULL)
    return g_strdup ("");
  page_index_build (&index, document);
  text = read_text (document, &index, NULL, captions, FALSE);
  xmlFreeDoc (document);
  return text;
}

/* What the page says of itself. */
typedef struct
{
  char *title;
  char *outlet;
  char *author;
  DossierDate published;
  char *published_evidence;
  char *body;            /* JSON-LD articleBody: the whole text where the page shows a part */
  char *page_title;      /* <title>, often with the site's name: the last resort */
} Metadata;

static void
metadata_clear (Metadata *metadata)
{
  g_free (metadata->title);
  g_free (metadata->outlet);
  g_free (metadata->author);
  g_free (metadata->published_evidence);
  g_free (metadata->body);
  g_free (metadata->page_title);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Metadata, metadata_clear)

/* "2024-12-16T15:10:00Z", "2024-12-16T15:10:00+01:00", "2024-12-16":
 * the day and time as the page gives them. */
static gboolean
parse_metadata_date (const char  *text,
                     DossierDate *date)
{
  char head[17];
  int year, month, day;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  if (strlen (text) >= 16 && (text[10] == 'T' || text[10] == ' ') && text[13] == ':')
    {
      memcpy (head, text, 16);
      head[10] = 'T';
      head[16] = '\0';
      if (dossier_date_parse_iso (head, date))
        return TRUE;
    }
  if (strlen (text) >= 10 && sscanf (text, "%4d-%2d-%2d", &year, &month, &day) == 3)
    {
      memcpy (head, text, 10);
      head[10] = '\0';
      return dossier_date_parse_iso (head, date);
    }
  return dossier_date_parse_dateline (text, -1, date);
}

static void
set_once (char      **field,
          const char *value)
{
  if (*field == NULL && value != NULL)
    {
      g_autofree char *copy = g_strstrip (g_strdup (value));
      if (copy[0] != '\0' && !g_str_has_prefix (copy, "http"))
        *field = g_steal_pointer (&copy);
    }
}

static void
set_date_once (Metadata   *metadata,
               const char *value,
               const char *evidence)
{
  DossierDate date = DOSSIER_DATE_INIT;

  if (dossier_date_is_set (&metadata->published) || !parse_metadata_date (value, &date))
    return;
  /* Templates fill an unknown date with "0001-01-01": only years a web
   * page can have been published in count. */
  if (date.year < 1990 || date.year > 2100)
    return;
  metadata->published = date;
  metadata->published_evidence = g_strdup_printf ("%s: %s", evidence, value);
}

/* A JSON-LD author: a name, a Person, or a list of either. */
static char *
json_ld_names (JsonNode *node)
{
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      if (json_object_has_member (object, "name"))
        return json_ld_names (json_object_get_member (object, "name"));
      return NULL;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < json_array_get_length (array) && i < 8; i++)
        {
          char *name = json_ld_names (json_array_get_element (array, i));
          if (name != NULL)
            g_ptr_array_add (names, name);
        }
      return names->len > 0 ? dossier_join_names (names) : NULL;
    }
  return NULL;
}

static gboolean
json_ld_is_article (JsonObject *object)
{
  static const char * const types[] = {
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting",
    "Report", "ScholarlyArticle", "TechArticle",
  };
  JsonNode *type = json_object_get_member (object, "@type");

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    return in_list (json_node_get_string (type), types, G_N_ELEMENTS (types));
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING &&
              in_list (json_node_get_string (element), types, G_N_ELEMENTS (types)))
            return TRUE;
        }
    }
  return FALSE;
}

static const char *
json_ld_string (JsonObject *object,
                const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static void
read_json_ld_node (Metadata *metadata,
                   JsonNode *node,
                   guint     depth)
{
  if (node == NULL || depth > 8)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array) && i < 64; i++)
        read_json_ld_node (metadata, json_array_get_element (array, i), depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);

      if (json_object_has_member (object, "@graph"))
        read_json_ld_node (metadata, json_object_get_member (object, "@graph"), depth + 1);
      if (!json_ld_is_article (object))
        return;
      set_once (&metadata->title, json_ld_string (object, "headline"));
      if (metadata->body == NULL && json_ld_string (object, "articleBody") != NULL)
        metadata->body = g_strdup (json_ld_string (object, "articleBody"));
      set_date_once (metadata, json_ld_string (object, "datePublished"), "JSON-LD datePublished");
      {
        g_autofree char *author = json_ld_names (json_object_get_member (object, "author"));
        set_once (&metadata->author, author);
      }
      {
        g_autofree char *publisher = json_ld_names (json_object_get_member (object, "publisher"));
        set_once (&metadata->outlet, publisher);
      }
    }
}

static void
read_json_ld (Metadata   *metadata,
              const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  /* A hostile page's JSON-LD could nest deep enough to overflow the
   * parser's stack. */
  if (text == NULL || !dossier_json_depth_ok (text, -1) ||
      !json_parser_load_from_data (parser, text, -1, NULL))
    return;
  read_json_ld_node (metadata, json_parser_get_root (parser), 0);
}

static void
read_metadata (PageIndex *index,
               Metadata  *metadata)
{
  static const char * const date_keys[] = {
    "article:published_time", "og:article:published_time", "datePublished",
    "date", "pubdate", "publish-date", "publishdate", "dc.date", "dc.date.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date",
  };
  GPtrArray *found = index->metadata;
  g_autofree char *og_title = NULL, *twitter_title = NULL;
  g_autofree char *site_name = NULL, *meta_author = NULL;

  /* JSON-LD first: it says the most, and the most plainly. */
  for (guint i = 0; i < found->len; i++)
    {
      xmlNode *node = g_ptr_array_index (found, i);
      if (is_element (node, "script"))
        {
          xmlChar *content = xmlNodeGetContent (node);
          read_json_ld (metadata, (const char *) content);
          xmlFree (content);
        }
    }

  for (guint i = 0; i < found->len; i++)
    {
      xmlNode *node = g_ptr_array_index (found, i);
      g_autofree char *key = NULL, *content = NULL;

      if (is_element (node, "title"))
        {
          xmlChar *text = xmlNodeGetContent (node);
          set_once (&metadata->page_title, (const char *) text);
          xmlFree (text);
          continue;
        }
      if (!is_element (node, "meta"))
        continue;
      key = get_attribute (node, "property");
      if (key == NULL)
        key = get_attribute (node, "name");
      if (key == NULL)
        key = get_attribute (node, "itemprop");
      content = get_attribute (node, "content");
      if (key == NULL || content == NULL)
        continue;
      if (g_ascii_strcasecmp (key, "og:title") == 0)
        set_once (&og_title, content);
      else if (g_ascii_strcasecmp (key, "twitter:title") == 0)
        set_once (&twitter_title, content);
      else if (g_ascii_strcasecmp (key, "og:site_name") == 0 || g_ascii_strcasecmp (key, "application-name") == 0)
        set_once (&site_name, content);
      else if (g_ascii_strcasecmp (key, "author") == 0 || g_ascii_strcasecmp (key, "article:author") == 0 ||
               g_ascii_strcasecmp (key, "parsely-author") == 0 || g_ascii_strcasecmp (key, "dc.creator") == 0)
        set_once (&meta_author, content);
      else if (in_list (key, date_keys, G_N_ELEMENTS (date_keys)))
        {
          g_autofree char *evidence = g_strdup_printf ("page metadata %s", key);
          set_date_once (metadata, content, evidence);
        }
    }

  set_once (&metadata->title, og_title);
  set_once (&metadata->title, twitter_title);
  set_once (&metadata->outlet, site_name);
  set_once (&metadata->author, meta_author);
  if (!dossier_date_is_set (&metadata->published))
    {
      if (index->times->len > 0)
        {
          g_autofree char *datetime = get_attribute (g_ptr_array_index (index->times, 0), "datetime");
          set_date_once (metadata, datetime, "the page's first <time>");
        }
    }
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
  xmlDoc *page;
  gboolean clipped = FALSE;

  if (options != NULL)
    structured = *options;
  if (!dossier_text_decode (bytes, len, options ? options->max_size : 0, &decoded, error))
    return NULL;

  page = parse (decoded.text, decoded.len, &clipped);
  if (page == NULL)
    {
      g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_NO_ARTICLE,
                   "the page could not be read as HTML");
      dossier_decoded_text_clear (&decoded);
      return NULL;
    }
  page_index_build (&index, page);
  read_metadata (&index, &metadata);
  text = read_text (page, &index, metadata.title != NULL ? metadata.title : metadata.page_title,
                    captions, FALSE);

  structured.structured = TRUE;
  document = dossier_clean_text (text, strlen (text), &structured, &clean_error);
  /* Nothing to read where a reader looks: the page may hide its article
   * until a script shows it ("display: none" on the body's wrapper). */
  if (document == NULL && g_error_matches (clean_error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_NO_ARTICLE))
    {
      g_autofree char *hidden_text = NULL;

      g_ptr_array_set_size (captions, 0);
      hidden_text = read_text (page, &index, metadata.title != NULL ? metadata.title : metadata.page_title,
                               captions, TRUE);
      document = dossier_clean_text (hidden_text, strlen (hidden_text), &structured, NULL);
    }
  xmlFreeDoc (page);
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
          DossierDocument *whole = dossier_clean_text (metadata.body, strlen (metadata.body), options, NULL);
          if (whole != NULL)
            {
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
                                  "what is deeper was read as plain text", PARSE_DEPTH);

  if (metadata.title != NULL)
    {
      g_free (document->title);
      document->title = g_steal_pointer (&metadata.title);
    }
  /* The page's <title> often carries the site's name ("… | DW"): the last
   * resort, after the headline the cleaner finds. */
  else if (document->title == NULL)
    document->title = g_steal_pointer (&metadata.page_title);
  if (metadata.outlet != NULL)
    {
      g_free (document->outlet);
      document->outlet = g_steal_pointer (&metadata.outlet);
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
