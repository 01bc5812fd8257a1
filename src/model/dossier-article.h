/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* One article of the dossier as the interface and exporters see it: its
 * metadata as properties and the cleaned, analysed document behind it.
 * The document belongs to the corpus's analysis and lives as long as the
 * article does. */

#pragma once

#include <glib-object.h>

#include "dossier-analysis.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ARTICLE (dossier_article_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticle, dossier_article, DOSSIER, ARTICLE, GObject)

DossierArticle  *dossier_article_new               (DossierAnalysis *analysis,
                                                    guint            index);
const char      *dossier_article_get_id            (DossierArticle  *self);
guint            dossier_article_get_index         (DossierArticle  *self);
const char      *dossier_article_get_source        (DossierArticle  *self);
const char      *dossier_article_get_title         (DossierArticle  *self);
const char      *dossier_article_get_outlet        (DossierArticle  *self);
const char      *dossier_article_get_author        (DossierArticle  *self);
/* ISO 8601 or NULL; where it came from ("marker", "text", "inferred", …). */
const char      *dossier_article_get_published     (DossierArticle  *self);
const char      *dossier_article_get_published_from (DossierArticle *self);
guint            dossier_article_get_n_entities    (DossierArticle  *self);
DossierDocument *dossier_article_get_document      (DossierArticle  *self);
/* The analysis the article belongs to: its entities and events. */
DossierAnalysis *dossier_article_get_analysis      (DossierArticle  *self);

G_END_DECLS
