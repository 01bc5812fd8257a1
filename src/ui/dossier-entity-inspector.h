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
/* Shows the details of entity @entity (an index in the dossier's
 * analysis). */
void            dossier_entity_inspector_show_entity (DossierEntityInspector *self,
                                                      guint                   entity);
/* The entity whose details are shown, or -1. */
int             dossier_entity_inspector_get_entity  (DossierEntityInspector *self);

G_END_DECLS
