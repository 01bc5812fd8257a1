/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A person, organisation or place of the dossier: one canonical name,
 * every spelling the sources use, and how often and where it is named. */

#pragma once

#include <glib-object.h>

#include "dossier-analysis.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_ENTITY (dossier_entity_get_type ())

G_DECLARE_FINAL_TYPE (DossierEntity, dossier_entity, DOSSIER, ENTITY, GObject)

DossierEntity             *dossier_entity_new           (DossierAnalysis *analysis,
                                                         guint            index);
const char                *dossier_entity_get_id        (DossierEntity   *self);
guint                      dossier_entity_get_index     (DossierEntity   *self);
const char                *dossier_entity_get_name      (DossierEntity   *self);
DossierEntityType          dossier_entity_get_entity_type (DossierEntity *self);
guint                      dossier_entity_get_n_mentions (DossierEntity  *self);
guint                      dossier_entity_get_n_articles (DossierEntity  *self);
const DossierEntityRecord *dossier_entity_get_record    (DossierEntity   *self);
DossierAnalysis           *dossier_entity_get_analysis  (DossierEntity   *self);

G_END_DECLS
