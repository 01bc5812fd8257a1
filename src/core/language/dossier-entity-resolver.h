/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Entities of a whole dossier, resolved from the mentions the recogniser
 * found in each document: see dossier-entity-resolver.c. */

#pragma once

#include <glib.h>

#include "dossier-document.h"
#include "dossier-gazetteer.h"

G_BEGIN_DECLS

typedef struct
{
  char *name;                /* canonical: "Volodymyr Zelenskyy" */
  char *key;                 /* what joined its mentions: "person:zelenski" */
  DossierEntityType type;
  GPtrArray *aliases;        /* of char*: surface forms, most frequent first */
  GArray *documents;         /* of guint: indices of documents that mention it, ascending */
  guint mentions;
  /* Spellings merged into it as probably the same person ("Kilicdarolu"
   * once, beside "Kilicdaroglu" often), of char*; NULL when none. */
  GPtrArray *probably_same;
} DossierEntityRecord;

void dossier_entity_record_free     (DossierEntityRecord *entity);

/* Fills @entities (of DossierEntityRecord*, emptied first) from the
 * mentions of @documents (of DossierDocument*), and sets each mention's
 * entity and each quote's speaker_entity to an index into @entities. */
void dossier_entities_resolve       (GPtrArray           *documents,
                                     DossierGazetteer    *gazetteer,
                                     GPtrArray           *entities);

/* Orders an entity's aliases (of char*), most frequent first by the
 * counts in @user_data (a GHashTable of surface → count), then by text. */
int  dossier_entity_compare_aliases (gconstpointer        a,
                                     gconstpointer        b,
                                     gpointer             user_data);

G_END_DECLS
