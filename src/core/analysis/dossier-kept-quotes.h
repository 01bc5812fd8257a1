/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The quotes found in one article, kept from one analysis of a dossier to
 * the next with what they were found from: the quote finder reads the
 * article's paragraphs and sentences, and of its mentions only the
 * people's (where each is in the mentions, its place, key and name; the
 * others only to pass them by).  Kept under the article's paragraphs
 * digest, and taken only where the people's mentions are those, at the
 * same indices, as when they were found: names judged across the dossier
 * can add or drop mentions in an unchanged article.  Never changed once
 * made: analyses on several threads, and the next analysis, share it. */

#pragma once

#include <glib.h>

#include "dossier-document.h"

G_BEGIN_DECLS

typedef struct _DossierKeptQuotes DossierKeptQuotes;

/* What dossier_quotes_find () found in @document (whose paragraphs_digest
 * is set), with what it read of its mentions; NULL for an article too
 * large to keep (a paragraph of 4 GiB). */
DossierKeptQuotes *dossier_kept_quotes_new        (const DossierDocument   *document);
DossierKeptQuotes *dossier_kept_quotes_ref        (DossierKeptQuotes       *kept);
void               dossier_kept_quotes_unref      (DossierKeptQuotes       *kept);
const char        *dossier_kept_quotes_get_digest (const DossierKeptQuotes *kept);

/* Whether @document's people's mentions are those @kept was found with
 * (its paragraphs being those of its digest): then @kept's quotes are put
 * in @document's (empty) quotes. */
gboolean           dossier_kept_quotes_restore    (const DossierKeptQuotes *kept,
                                                   DossierDocument         *document);

/* A table of kept quotes: paragraphs digest (owned by its value) →
 * DossierKeptQuotes*. */
GHashTable        *dossier_kept_quotes_table_new  (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierKeptQuotes, dossier_kept_quotes_unref)

G_END_DECLS
