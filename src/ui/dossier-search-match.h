/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Where the sidebar's search matched an article, to show it in its row:
 * words found without regard to case (as the sidebar's filter finds
 * them), located in the text as it is written, and a short excerpt around
 * the first match in the article's paragraphs. */

#pragma once

#include <glib.h>

#include "dossier-article.h"

G_BEGIN_DECLS

/* Finds @query (any case) in @text: TRUE with the match's byte range in
 * @text in @start and @end. */
gboolean  dossier_search_match_find    (const char     *text,
                                        const char     *query,
                                        gsize          *start,
                                        gsize          *end);

/* The excerpt of @article's paragraphs around the first match of @query,
 * about @context characters either side, cut at words and marked "…"
 * where cut; the match's byte range in it in @start and @end.  NULL
 * where no paragraph holds it. */
char     *dossier_search_match_excerpt (DossierArticle *article,
                                        const char     *query,
                                        guint           context,
                                        gsize          *start,
                                        gsize          *end);

G_END_DECLS
