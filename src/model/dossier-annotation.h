/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A researcher's annotation: a highlight of some words of an article, in
 * a colour whose meaning the researcher names ("Claim", "Contradiction"),
 * with a note and tags.  It is anchored by quote, context and position
 * (see dossier-anchor.h), so it survives re-analysis; one whose words are
 * gone is kept as an orphan, never dropped. */

#pragma once

#include <glib-object.h>

#include "dossier-anchor.h"
#include "dossier-palette.h"

G_BEGIN_DECLS

/* The meaning a new dossier gives each colour, translated. */
const char    *dossier_colour_get_default_label (DossierColour colour);

#define DOSSIER_TYPE_ANNOTATION (dossier_annotation_get_type ())

G_DECLARE_FINAL_TYPE (DossierAnnotation, dossier_annotation, DOSSIER, ANNOTATION, GObject)

/* A new annotation with a fresh id (a UUID) when @id is NULL.  @source is
 * the dossier's id of the article's source, stable across analyses. */
DossierAnnotation   *dossier_annotation_new          (const char          *id,
                                                      gint64               source);
DossierAnnotation   *dossier_annotation_copy         (DossierAnnotation   *self);

const char          *dossier_annotation_get_id       (DossierAnnotation   *self);
gint64               dossier_annotation_get_source   (DossierAnnotation   *self);
/* Its article put back into the dossier under another id. */
void                 dossier_annotation_set_source   (DossierAnnotation   *self,
                                                      gint64               source);

/* The article's index in the current analysis, or -1 when unknown. */
int                  dossier_annotation_get_document (DossierAnnotation   *self);
void                 dossier_annotation_set_document (DossierAnnotation   *self,
                                                      int                  document);

const DossierAnchor *dossier_annotation_get_anchor   (DossierAnnotation   *self);
void                 dossier_annotation_set_anchor   (DossierAnnotation   *self,
                                                      const DossierAnchor *anchor);
/* The quoted words, and where they are: code points in the article's
 * text, end exclusive (the anchor's own). */
const char          *dossier_annotation_get_quote    (DossierAnnotation   *self);
gint64               dossier_annotation_get_start    (DossierAnnotation   *self);
gint64               dossier_annotation_get_end      (DossierAnnotation   *self);
/* Where the words are now; only the position changes. */
void                 dossier_annotation_set_position (DossierAnnotation   *self,
                                                      gint64               start,
                                                      gint64               end);
gboolean             dossier_annotation_get_orphaned (DossierAnnotation   *self);
void                 dossier_annotation_set_orphaned (DossierAnnotation   *self,
                                                      gboolean             orphaned);

DossierColour        dossier_annotation_get_colour   (DossierAnnotation   *self);
void                 dossier_annotation_set_colour   (DossierAnnotation   *self,
                                                      DossierColour        colour);
const char          *dossier_annotation_get_note     (DossierAnnotation   *self);
void                 dossier_annotation_set_note     (DossierAnnotation   *self,
                                                      const char          *note);
/* Tags in the order given, without duplicates or empty ones. */
const char * const  *dossier_annotation_get_tags     (DossierAnnotation   *self);
void                 dossier_annotation_set_tags     (DossierAnnotation   *self,
                                                      const char * const  *tags);
gboolean             dossier_annotation_has_tag      (DossierAnnotation   *self,
                                                      const char          *tag);

/* ISO 8601 date-times, UTC. */
const char          *dossier_annotation_get_created  (DossierAnnotation   *self);
const char          *dossier_annotation_get_modified (DossierAnnotation   *self);
void                 dossier_annotation_set_times    (DossierAnnotation   *self,
                                                      const char          *created,
                                                      const char          *modified);

int                  dossier_annotation_compare_position (gconstpointer a,
                                                          gconstpointer b);

G_END_DECLS
