/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The page's tree, built from libxml2's SAX events.
 *
 * libxml2's HTML parser does the parsing (its error recovery: implicit
 * opens and closes, entities, misplaced tags), but its own tree builder
 * makes a full DOM, a heap block for every element, attribute and text
 * and an ID table, and frees each again: a fifth of what `extract` did
 * on the AEB pages.  Here its events build the same tree in an arena
 * freed at once: elements, the attributes the page kept (the reader's,
 * _dossier_html_strip_raw_text() having cut the others), text, and
 * processing instructions; comments, which nothing reads, are left out
 * (but for a place holder outside the root element).  The nodes are
 * libxml2's own structures with only the fields the reader and the
 * parser read filled in, so the reader walks them as it walked the DOM,
 * and the parser's one look at its tree — whether white space between
 * tags is kept as text, which depends on the node before it — sees what
 * it saw.  The tree is built as libxml2's builder builds it (SAX2.c): the
 * root under the document, or beside its DTD; a prefixed name ("o:p") by
 * its local part; the pieces of a run of text one node; text and nodes
 * outside the root element where it puts them. */

#include "config.h"

#include "dossier-html-tree.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>

#include "dossier-html-page.h"
#include "dossier-html-scan.h"

/* Most pages' trees fit in a few blocks. */
#define ARENA_BLOCK (64 * 1024)

typedef struct
{
  GPtrArray *blocks;
  char *next;
  gsize left;
} Arena;

/* The TAG_ flags of the names met last, by the address of the name in
 * the parser's dictionary (one address per name): a page has a few dozen
 * names, each element one of them. */
#define FLAGS_CACHE 64   /* the slot is the top 6 bits of a 64-bit hash */

typedef struct
{
  const xmlChar *name;
  guint flags;
} CachedFlags;

struct _HtmlTree
{
  Arena arena;
  CachedFlags flags[FLAGS_CACHE];
  xmlDict *names;       /* the parser's dictionary, which holds every name */
  xmlNode *first;       /* the nodes at the document's level, its DTD aside */
  xmlNode *last;
  GArray *spared;       /* the attribute values the parser was spared */
  xmlNode *open_text;   /* the last node made, while text is added to it */
  GString *text;        /* what it holds so far */
  guint depth;          /* of the parser's open elements, made or not */
  gboolean clipped;
  gboolean noscript_as_div;
};

static void
arena_grow (Arena *arena,
            gsize  size)
{
  gsize block = MAX (size, ARENA_BLOCK);

  arena->next = g_malloc (block);
  g_ptr_array_add (arena->blocks, arena->next);
  arena->left = block;
}

/* @size bytes that live as long as the tree. */
static inline gpointer
arena_alloc (Arena *arena,
             gsize  size)
{
  gpointer memory;

  size = (size + 7) & ~(gsize) 7;
  if (G_UNLIKELY (size > arena->left))
    arena_grow (arena, size);
  memory = arena->next;
  arena->next += size;
  arena->left -= size;
  return memory;
}

/* libxml2's node structures end with these fields: new_node () and
 * new_attribute () set every field. */
G_STATIC_ASSERT (sizeof (xmlNode) - G_STRUCT_OFFSET (xmlNode, extra) <= 8);
G_STATIC_ASSERT (sizeof (xmlAttr) - G_STRUCT_OFFSET (xmlAttr, psvi) == sizeof (void *));

/* A node of @type named @name, its other fields unset, field by field: a
 * memset () call for each node was a tenth of the tree's time, and the
 * `rep stos` the compiler puts in its place when the size is known half
 * the time of start_element (), where a dozen plain stores cost next to
 * nothing. */
static inline xmlNode *
new_node (Arena          *arena,
          xmlElementType  type,
          const xmlChar  *name)
{
  xmlNode *node = arena_alloc (arena, sizeof (xmlNode));

  node->_private = NULL;
  node->type = type;
  node->name = name;
  node->children = node->last = node->parent = node->next = node->prev = NULL;
  node->doc = NULL;
  node->ns = NULL;
  node->content = NULL;
  node->properties = NULL;
  node->nsDef = NULL;
  node->psvi = NULL;
  node->line = 0;
  node->extra = 0;
  return node;
}

static inline xmlAttr *
new_attribute (Arena         *arena,
               const xmlChar *name)
{
  xmlAttr *attribute = arena_alloc (arena, sizeof (xmlAttr));

  attribute->_private = NULL;
  attribute->type = XML_ATTRIBUTE_NODE;
  attribute->name = name;
  attribute->children = attribute->last = attribute->parent = NULL;
  attribute->next = attribute->prev = NULL;
  attribute->doc = NULL;
  attribute->ns = NULL;
  attribute->atype = 0;
  attribute->psvi = NULL;
  return attribute;
}

static xmlChar *
arena_strndup (Arena         *arena,
               const xmlChar *text,
               gsize          len)
{
  xmlChar *copy = arena_alloc (arena, len + 1);

  memcpy (copy, text, len);
  copy[len] = '\0';
  return copy;
}

static void
append_child (xmlNode *parent,
              xmlNode *node)
{
  node->parent = parent;
  node->prev = parent->last;
  if (parent->last != NULL)
    parent->last->next = node;
  else
    parent->children = node;
  parent->last = node;
}

static void
append_to_document (HtmlTree *tree,
                    xmlNode  *node)
{
  node->prev = tree->last;
  if (tree->last != NULL)
    tree->last->next = node;
  else
    tree->first = node;
  tree->last = node;
}

/* Where libxml2's builder puts a node made while no element is open: the
 * document's first node stands for it (its DTD, or what came first). */
static void
append_outside (HtmlTree      *tree,
                xmlParserCtxt *context,
                xmlNode       *node)
{
  xmlNode *first = context->myDoc->children != NULL ? context->myDoc->children : tree->first;

  if (first != NULL && first->type == XML_ELEMENT_NODE)
    append_child (first, node);
  else
    append_to_document (tree, node);
}

/* The element's name as libxml2's builder names it: by its local part,
 * "o:p" a <p>. */
static const xmlChar *
element_name (HtmlTree      *tree,
              xmlParserCtxt *context,
              const xmlChar *name)
{
  const xmlChar *interned = name;

  if (strchr ((const char *) name, ':') != NULL)
    {
      xmlChar *prefix = NULL;
      xmlChar *local = xmlSplitQName (context, name, &prefix);

      interned = local != NULL ? xmlDictLookup (context->dict, local, -1) : NULL;
      xmlFree (local);
      xmlFree (prefix);
    }
  if (interned != NULL && tree->noscript_as_div && strcmp ((const char *) interned, "noscript") == 0)
    interned = (const xmlChar *) "div";
  return interned;
}

/* The parser hands text over in pieces (up to each entity, each 1000
 * bytes): as libxml2's builder does, the pieces that follow one another
 * in an element, nothing between them, are one node, its text copied
 * once another node comes.  (Three million "&amp;" in a row are one
 * node, not three million.) */
static void
close_text (HtmlTree *tree)
{
  if (tree->open_text == NULL)
    return;
  tree->open_text->content = arena_strndup (&tree->arena, (const xmlChar *) tree->text->str, tree->text->len);
  g_string_truncate (tree->text, 0);
  tree->open_text = NULL;
}

static guint
tag_flags (HtmlTree      *tree,
           const xmlChar *name)
{
  /* The names lie side by side in the dictionary's pool: their
   * addresses are mixed (Fibonacci hashing) before they pick a slot. */
  CachedFlags *cached = &tree->flags[((guint64) GPOINTER_TO_SIZE (name) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 58];

  if (cached->name != name)
    {
      cached->name = name;
      cached->flags = _dossier_html_tag_flags_of_name ((const char *) name);
    }
  return cached->flags;
}

static void
add_attributes (HtmlTree       *tree,
                xmlNode        *element,
                const xmlChar **attributes)
{
  xmlAttr *last = NULL;

  for (gsize i = 0; attributes[i] != NULL; i += 2)
    {
      xmlAttr *attribute = new_attribute (&tree->arena, attributes[i]);
      const xmlChar *value = attributes[i + 1];

      attribute->parent = element;
      /* "<option selected>" reads as selected="selected"; a value-less
       * attribute of another name has no value. */
      if (value == NULL && htmlIsBooleanAttr (attributes[i]))
        value = attributes[i];
      if (value != NULL)
        {
          xmlNode *text = new_node (&tree->arena, XML_TEXT_NODE, xmlStringText);

          if (value[0] == HTML_SPARED_VALUE && tree->spared != NULL && tree->spared->len > 0)
            {
              /* Its bytes are what the parser would have given.  (No
               * value was spared in a page that holds the marker.) */
              guint64 index = 0;
              HtmlSparedValue *spared;

              for (const xmlChar *digit = value + 1; *digit >= '0' && *digit <= '9'; digit++)
                index = index * 10 + (*digit - '0');

              g_assert (index < tree->spared->len);
              spared = &g_array_index (tree->spared, HtmlSparedValue, index);
              text->content = arena_strndup (&tree->arena, (const xmlChar *) spared->text, spared->len);
            }
          else
            text->content = arena_strndup (&tree->arena, value, strlen ((const char *) value));
          text->parent = (xmlNode *) attribute;
          attribute->children = attribute->last = text;
        }
      attribute->prev = last;
      if (last != NULL)
        last->next = attribute;
      else
        element->properties = attribute;
      last = attribute;
    }
}

static void
start_element (void           *data,
               const xmlChar  *name,
               const xmlChar **attributes)
{
  xmlParserCtxt *context = data;
  HtmlTree *tree = context->_private;
  xmlNode *parent = context->node;
  xmlNode *element;

  if (++tree->depth > HTML_PARSE_DEPTH)
    {
      tree->clipped = TRUE;
      return;
    }
  if (context->myDoc == NULL || (name = element_name (tree, context, name)) == NULL)
    return;
  element = new_node (&tree->arena, XML_ELEMENT_NODE, name);
  element->extra = tag_flags (tree, name) | TAG_FLAGS_SET;
  /* The parser's stack of open elements is what its look at the tree
   * reads, and where it closes an element without an end event. */
  if (nodePush (context, element) < 0)
    return;
  if (context->myDoc->children == NULL && tree->first == NULL)
    append_to_document (tree, element);
  else if (parent != NULL)
    append_child (parent, element);
  else
    append_outside (tree, context, element);
  if (attributes != NULL)
    add_attributes (tree, element, attributes);
}

static void
end_element (void          *data,
             const xmlChar *name)
{
  xmlParserCtxt *context = data;
  HtmlTree *tree = context->_private;

  /* The parser pairs every start with an end, so counting both keeps the
   * tree consistent where elements were not made. */
  if (tree->depth == 0 || tree->depth-- <= HTML_PARSE_DEPTH)
    nodePop (context);
}

static void
add_text (xmlParserCtxt  *context,
          const xmlChar  *text,
          int             len,
          xmlElementType  type)
{
  HtmlTree *tree = context->_private;
  xmlNode *node;

  /* Text outside the root element is dropped, as libxml2 drops it. */
  if (context->node == NULL)
    return;
  if (tree->open_text == NULL || context->node->last != tree->open_text || tree->open_text->type != type)
    {
      close_text (tree);
      node = new_node (&tree->arena, type, xmlStringText);
      append_child (context->node, node);
      tree->open_text = node;
    }
  /* GLib 2.74's g_string_append_len () is no inline function, and its
   * general case (an insertion anywhere, from inside the string itself)
   * is most of its cost for the few bytes of most pieces. */
  if (len > 0 && tree->text->len + len < tree->text->allocated_len)
    {
      memcpy (tree->text->str + tree->text->len, text, len);
      tree->text->len += len;
      tree->text->str[tree->text->len] = '\0';
    }
  else
    g_string_append_len (tree->text, (const char *) text, MAX (len, 0));
}

static void
characters (void          *data,
            const xmlChar *text,
            int            len)
{
  add_text (data, text, len, XML_TEXT_NODE);
}

/* The text of <script> and <style>. */
static void
cdata_block (void          *data,
             const xmlChar *text,
             int            len)
{
  add_text (data, text, len, XML_CDATA_SECTION_NODE);
}

/* A processing instruction is no text, but the parser's look at the
 * tree sees it as the node before the white space that follows. */
static void
processing_instruction (void          *data,
                        const xmlChar *target,
                        const xmlChar *content)
{
  xmlParserCtxt *context = data;
  HtmlTree *tree = context->_private;
  xmlNode *node;

  close_text (tree);
  if (context->myDoc == NULL)
    return;
  node = new_node (&tree->arena, XML_PI_NODE, target);
  if (context->node == NULL)
    append_to_document (tree, node);
  else
    append_child (context->node, node);
}

/* Comments are never read; one outside the root element is kept as a
 * place holder, since libxml2 puts later elements beside it, not in the
 * root. */
static void
comment (void          *data,
         const xmlChar *text)
{
  xmlParserCtxt *context = data;
  HtmlTree *tree = context->_private;
  xmlNode *node;

  /* Text on either side of a comment is two nodes, as in libxml2's tree. */
  close_text (tree);
  if (context->myDoc == NULL || context->node != NULL)
    return;
  node = new_node (&tree->arena, XML_COMMENT_NODE, NULL);
  append_to_document (tree, node);
}

void
_dossier_html_tree_free (HtmlTree *tree)
{
  if (tree == NULL)
    return;
  g_ptr_array_unref (tree->arena.blocks);
  g_string_free (tree->text, TRUE);
  if (tree->names != NULL)
    xmlDictFree (tree->names);
  g_free (tree);
}

HtmlTree *
_dossier_html_tree_parse (const char *html,
                          gsize       len,
                          gboolean    decoded,
                          gboolean    keep_noscript,
                          gboolean   *clipped)
{
  /* NONET: nothing is fetched; the parser never runs scripts.  No
   * NOENT or DTDLOAD: no entity of the page's own is expanded, no DTD read. */
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
  g_autoptr(GString) stripped = NULL;
  g_autoptr(GArray) spared = g_array_new (FALSE, FALSE, sizeof (HtmlSparedValue));
  htmlParserCtxt *context;
  HtmlTree *tree;
  xmlDoc *document;

  /* A spared value is marked by a control byte: no value is spared in a
   * page that holds one.  Decoded text holds none, and is not searched
   * for it (a pass over the whole page). */
  if (!decoded && memchr (html, HTML_SPARED_VALUE, len) != NULL)
    g_clear_pointer (&spared, g_array_unref);
  stripped = _dossier_html_strip_raw_text (html, len, keep_noscript, spared);
  if (stripped->len > G_MAXINT)
    return NULL;
  context = htmlNewParserCtxt ();
  if (context == NULL)
    return NULL;
  if (context->sax == NULL)
    {
      htmlFreeParserCtxt (context);
      return NULL;
    }

  tree = g_new0 (HtmlTree, 1);
  tree->arena.blocks = g_ptr_array_new_with_free_func (g_free);
  tree->text = g_string_new (NULL);
  tree->noscript_as_div = keep_noscript;
  tree->spared = spared;
  /* The document itself (and its DTD, which the parser asks about) is
   * still libxml2's: its start and end events are left to it. */
  context->sax->startElement = start_element;
  context->sax->endElement = end_element;
  context->sax->characters = characters;
  context->sax->cdataBlock = cdata_block;
  context->sax->processingInstruction = processing_instruction;
  context->sax->comment = comment;
  context->sax->reference = NULL;
  context->_private = tree;

  document = htmlCtxtReadMemory (context, stripped->str, (int) stripped->len, NULL, "UTF-8", options);
  close_text (tree);
  tree->spared = NULL;
  if (context->dict != NULL)
    {
      tree->names = context->dict;
      xmlDictReference (tree->names);
    }
  htmlFreeParserCtxt (context);
  if (document == NULL)
    {
      _dossier_html_tree_free (tree);
      return NULL;
    }
  xmlFreeDoc (document);
  if (clipped != NULL)
    *clipped = tree->clipped;
  return tree;
}

xmlNode *
_dossier_html_tree_root (HtmlTree *tree)
{
  for (xmlNode *node = tree->first; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;
  return NULL;
}
