/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A researcher's corrections to the analysis: an entity renamed or
 * retyped, two entities that are one, an alias that is someone else.
 * They name entities by their key (DossierEntityRecord.key), which a new
 * analysis of the same articles gives the same entity, so they are kept
 * with the dossier and applied again after every analysis, in the order
 * they were made.  A correction whose entity is gone does nothing.
 *
 * A corrected publication date is not here: it is set on the document
 * before the analysis (DOSSIER_DATE_SOURCE_USER), so relative dates
 * resolve against it. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_CORRECTION_PUBLISHED,  /* of an article; value: ISO 8601 date, "" to clear */
  DOSSIER_CORRECTION_RENAME,     /* value: the new name */
  DOSSIER_CORRECTION_RETYPE,     /* value: "person", "organization" or "place" */
  DOSSIER_CORRECTION_MERGE,      /* value: the key of the entity it becomes part of */
  DOSSIER_CORRECTION_SPLIT,      /* value: the alias that becomes an entity of its own */
} DossierCorrectionKind;

typedef struct
{
  DossierCorrectionKind kind;
  char *entity;     /* the entity's key; NULL for PUBLISHED */
  char *value;
} DossierCorrection;

DossierCorrection *dossier_correction_new         (DossierCorrectionKind  kind,
                                                   const char            *entity,
                                                   const char            *value);
DossierCorrection *dossier_correction_copy        (const DossierCorrection *correction);
void               dossier_correction_free        (DossierCorrection     *correction);

const char        *dossier_correction_kind_to_string   (DossierCorrectionKind kind);
gboolean           dossier_correction_kind_from_string (const char            *name,
                                                        DossierCorrectionKind *kind);

/* The key an alias split off @entity gets: stable, so later corrections
 * can name the new entity. */
char              *dossier_correction_split_key   (const char            *entity,
                                                   const char            *alias);

/* Applies @corrections (of DossierCorrection*, in the order they were
 * made) to the resolved @entities (of DossierEntityRecord*) of @documents,
 * renumbering the entities and the mentions that point at them. */
void               dossier_corrections_apply      (GPtrArray             *documents,
                                                   GPtrArray             *entities,
                                                   const GPtrArray       *corrections);

/* Merges (as corrections of kind MERGE, appended to @corrections, applied
 * by dossier_corrections_apply ()) people whose surnames are one letter
 * apart when one of them is rare — named at most twice, in one article —
 * and the other is not, and their given names agree: one
 * outlet's misspelling of a name the others spell alike.  The entity kept
 * lists the rare spelling in probably_same, so the merge is shown and can
 * be undone with a split. */
void               dossier_corrections_find_probably_same (GPtrArray     *entities,
                                                          GPtrArray     *corrections);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierCorrection, dossier_correction_free)

G_END_DECLS
