/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Separates the article from the page it was copied from.  A page copied
 * from a browser arrives as lines: menus, share buttons, cookie notices,
 * "Latest News" lists, the headline, a byline, a dateline, photo captions
 * and the body.  The cleaner classifies every line, finds the body as the
 * densest run of prose, keeps its paragraphs, headings, list items and
 * quotes with the input lines they came from, sets captions aside and
 * extracts title, outlet, author and publication date with the evidence
 * for each. */

#pragma once

#include <glib.h>

#include "dossier-document.h"

G_BEGIN_DECLS

typedef struct
{
  /* Upper bound on input size in bytes; 0 means the decoder's default. */
  gsize max_size;
  /* The lines come from a page's markup with its furniture already left
   * out (the HTML reader): short lines among the prose are the article's
   * own (lists, tables, tour dates), and wider gaps are bridged. */
  gboolean structured;
  /* Where the page was, when the caller knows it: a URL the user gave, a
   * saved page's canonical link.  Its site names the outlet. */
  const char *address;
  /* The name or path of the file the text was read from: a name such as
   * "www.example.com.html" says the site, when nothing better does. */
  const char *file_name;
} DossierCleanOptions;

/* Cleans @text (UTF-8 with LF line endings, as dossier_text_decode()
 * returns it) into a new document.  Fails with DOSSIER_CORE_ERROR_NO_ARTICLE
 * when nothing in it reads as article text. */
DossierDocument *dossier_clean_text (const char                *text,
                                     gsize                      len,
                                     const DossierCleanOptions *options,
                                     GError                   **error);

/* Decodes @bytes (any supported encoding) and cleans them: the one call an
 * importer needs for a text file. */
DossierDocument *dossier_clean_bytes (const guint8              *bytes,
                                      gsize                      len,
                                      const DossierCleanOptions *options,
                                      GError                   **error);

/* "A", "A and B", "A, B and C": how a byline lists several authors.
 * @names holds at least one. */
char *dossier_join_names (GPtrArray *names);

G_END_DECLS
