/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A saved page parsed by libxml2's HTML parser into a tree of its own
 * (dossier-html-tree.c): the parser's events, not its document. */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* libxml2 stops the whole parse, losing the rest of the page, where
 * elements nest deeper than 256 (a hostile page, or one that never closes
 * its <div>s).  Elements deeper than this are not made: their text goes
 * to the deepest element kept, in the page's order. */
#define HTML_PARSE_DEPTH 250

typedef struct _HtmlTree HtmlTree;

/* Parses the @len bytes of @html, UTF-8, as libxml2's HTML parser reads a
 * page, after _dossier_html_strip_raw_text().  @decoded says @html is
 * dossier_text_decode ()'s text, which holds no control byte but line
 * feeds and tabs.  With @keep_noscript the
 * content of <noscript> elements is read as markup and the elements are
 * <div>s, as a browser without scripts shows them.  @clipped (may be
 * NULL) tells whether elements were nested too deep to be made.  NULL
 * when the parser could not start. */
HtmlTree *_dossier_html_tree_parse (const char *html,
                                    gsize       len,
                                    gboolean    decoded,
                                    gboolean    keep_noscript,
                                    gboolean   *clipped);

/* The page's root element (<html>), or NULL. */
xmlNode  *_dossier_html_tree_root  (HtmlTree   *tree);

void      _dossier_html_tree_free  (HtmlTree   *tree);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HtmlTree, _dossier_html_tree_free)

G_END_DECLS
