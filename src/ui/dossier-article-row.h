/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A row of the article sidebar: the article's title (its first words
 * when the page has no headline, in italics), then its outlet, date and
 * how many entities it names; while the sidebar is searched, where the
 * words matched. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-article.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ARTICLE_ROW (dossier_article_row_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticleRow, dossier_article_row, DOSSIER, ARTICLE_ROW, GtkWidget)

GtkWidget      *dossier_article_row_new         (void);
DossierArticle *dossier_article_row_get_article (DossierArticleRow *self);
void            dossier_article_row_set_article (DossierArticleRow *self,
                                                 DossierArticle    *article);
char           *dossier_article_row_dup_accessible_label (DossierArticleRow *self);
/* The sidebar's search: the words it matched in the title are marked,
 * and an excerpt shows where the text holds them. */
const char     *dossier_article_row_get_search  (DossierArticleRow *self);
void            dossier_article_row_set_search  (DossierArticleRow *self,
                                                 const char        *search);

G_END_DECLS
