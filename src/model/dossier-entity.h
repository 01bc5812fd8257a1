/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A person, organisation or place of the dossier: one canonical name,
 * every spelling the sources use, and how often and where it is named. */

#pragma once

#include <gio/gio.h>

#include "dossier-analysis.h"
#include "dossier-article.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ENTITY (dossier_entity_get_type ())

G_DECLARE_FINAL_TYPE (DossierEntity, dossier_entity, DOSSIER, ENTITY, GObject)

DossierEntity             *dossier_entity_new           (DossierAnalysis *analysis,
                                                         guint            index);
/* The entity with index @index in the analysis @article belongs to: the
 * one its marks name. */
DossierEntity             *dossier_entity_new_for_article (DossierArticle *article,
                                                           guint           index);
const char                *dossier_entity_get_id        (DossierEntity   *self);
guint                      dossier_entity_get_index     (DossierEntity   *self);
const char                *dossier_entity_get_name      (DossierEntity   *self);
/* What the researcher's corrections name it by ("person:zelenski"). */
const char                *dossier_entity_get_key       (DossierEntity   *self);
/* The ways the sources write it, most frequent first. */
guint                      dossier_entity_get_n_aliases (DossierEntity   *self);
const char                *dossier_entity_get_alias     (DossierEntity   *self,
                                                         guint            alias);
DossierEntityType          dossier_entity_get_entity_type (DossierEntity *self);
guint                      dossier_entity_get_n_mentions (DossierEntity  *self);
guint                      dossier_entity_get_n_articles (DossierEntity  *self);
/* The articles that name it (of DossierArticle), in the dossier's order;
 * and every mention (of DossierPassage), article by article. */
GListModel                *dossier_entity_list_articles (DossierEntity   *self);
GListModel                *dossier_entity_list_mentions (DossierEntity   *self);
/* Spellings the analysis took for this person although written otherwise
 * (one letter apart, rare): "probably the same"; NULL-terminated, empty
 * for none.  Free with g_strfreev (). */
char                     **dossier_entity_dup_probably_same (DossierEntity *self);
const DossierEntityRecord *dossier_entity_get_record    (DossierEntity   *self);

/* How alike two names are, from 0 to 1, as a person judges which entity
 * another is: "Rutte" and "Mark Rutte" (a word in common), "Zelensky" and
 * "Zelenskyy" (a letter apart) rank high; case and marks do not count. */
double                     dossier_name_similarity      (const char      *a,
                                                         const char      *b);
DossierAnalysis           *dossier_entity_get_analysis  (DossierEntity   *self);

G_END_DECLS
