/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Saved web pages.  The page is parsed with libxml2's HTML parser (no
 * network, no scripts, nothing remote is ever loaded) and read as a
 * browser's copy would read it: one line per block, with what is never
 * article text left out — scripts, styles, forms' controls, hidden
 * elements, navigation, asides, footers and blocks whose class or id
 * names comments, sharing, related links, ads or cookie notices.  Where
 * the page marks its article (an articleBody, a lone <article>, <main>),
 * only that is read.  The lines then go through the same cleaner as a
 * copied page, and what the page's metadata says — Open Graph and
 * Twitter meta, JSON-LD NewsArticle, <time> — takes precedence for the
 * title, outlet, author and publication date. */

#pragma once

#include "dossier-clean.h"

G_BEGIN_DECLS

/* The text a reader would take from the page: blocks as lines, list items
 * with a bullet.  Figure captions are returned apart in @captions (may be
 * NULL).  Exposed for tests and benchmarks. */
char *dossier_html_to_text (const char *html,
                            gsize       len,
                            GPtrArray  *captions);

/* Decodes, parses and cleans a saved page into a new document. */
DossierDocument *dossier_html_clean (const guint8              *bytes,
                                     gsize                      len,
                                     const DossierCleanOptions *options,
                                     GError                   **error);

G_END_DECLS
