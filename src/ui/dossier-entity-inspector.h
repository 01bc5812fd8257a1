/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The entity inspector: the people, organisations and places of the
 * current article or of the whole dossier, grouped by type with their
 * counts; and for one entity its aliases, the articles that name it and
 * every mention in context.  Choosing a mention emits ::mention-activated;
 * "Show only its articles" emits ::filter-requested. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-article.h"
#include "dossier-corpus.h"
#include "dossier-passage.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ENTITY_INSPECTOR (dossier_entity_inspector_get_type ())

G_DECLARE_FINAL_TYPE (DossierEntityInspector, dossier_entity_inspector, DOSSIER, ENTITY_INSPECTOR, GtkWidget)

GtkWidget      *dossier_entity_inspector_new         (void);
/* The dossier whose entities "Whole Dossier" lists. */
DossierCorpus  *dossier_entity_inspector_get_corpus  (DossierEntityInspector *self);
void            dossier_entity_inspector_set_corpus  (DossierEntityInspector *self,
                                                      DossierCorpus          *corpus);
/* Whose entities "This Article" lists. */
DossierArticle *dossier_entity_inspector_get_article (DossierEntityInspector *self);
void            dossier_entity_inspector_set_article (DossierEntityInspector *self,
                                                      DossierArticle         *article);
/* Shows the details of the entity @key names (dossier_entity_get_key ():
 * the same in every analysis of the dossier); FALSE when there is none.
 * It stays shown across a new analysis that keeps it. */
gboolean        dossier_entity_inspector_show_entity_key (DossierEntityInspector *self,
                                                          const char             *key);
/* The key of the entity whose details are shown, or NULL. */
const char     *dossier_entity_inspector_get_entity_key  (DossierEntityInspector *self);
gboolean        dossier_entity_inspector_get_article_only (DossierEntityInspector *self);

G_END_DECLS
