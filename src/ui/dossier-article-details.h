/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* An article's details, as a reference manager's item pane shows them:
 * its title, outlet, author and publication date, each to be corrected in
 * place (win.edit-article: a correction kept in the dossier, applied
 * again after every analysis, with its Undo), those corrected marked;
 * where it came from and how its date was known; and Remove Article
 * (win.remove-article, with its Undo). */

#pragma once

#include <gtk/gtk.h>

#include "dossier-article.h"
#include "dossier-corpus.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ARTICLE_DETAILS (dossier_article_details_get_type ())

G_DECLARE_FINAL_TYPE (DossierArticleDetails, dossier_article_details, DOSSIER, ARTICLE_DETAILS, GtkWidget)

GtkWidget      *dossier_article_details_new          (void);
DossierArticle *dossier_article_details_get_article  (DossierArticleDetails *self);
void            dossier_article_details_set_article  (DossierArticleDetails *self,
                                                      DossierArticle        *article);
/* The dossier the article is in: which of its details were corrected. */
void            dossier_article_details_set_corpus   (DossierArticleDetails *self,
                                                      DossierCorpus         *corpus);
void            dossier_article_details_set_read_only (DossierArticleDetails *self,
                                                       gboolean               read_only);

G_END_DECLS
